package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;

/**
 * "The Alliance of Sahel States, which groups Niger with Mali and Burkina Faso, backed the
 * accusation on Monday": the parser may make the subject the root, hang the main verb on it as
 * its relative clause ({@code acl:relcl(Alliance, backed)}) and the relative clause's own verb
 * loose on the main verb ({@code dep(backed, groups)}), so that the alliance backs nothing. The
 * verb right after the relative pronoun is the relative clause ({@code acl:relcl(Alliance,
 * groups)}), and the later past verb, on which the subject hung loose, is the main verb with the
 * subject as its own ({@code nsubj(backed, Alliance)}).
 */
public final class MainVerbReadAsRelativeOfSubject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency ref : sentence) {
      int noun = ref.governor();
      int pronoun = ref.dependent();
      int relative = pronoun + 1;
      if (noun < 0 || !ref.relation().equals("ref") || relative >= tokens.size() || !tokens.get(pronoun).tag().startsWith("W")
          || !tokens.get(relative).tag().matches("VB[DZP]")) {
        continue;
      }
      Optional<Dependency> misreadMain = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("acl:relcl") && d.dependent() > relative
          && tokens.get(d.dependent()).tag().equals("VBD")).findFirst();
      if (misreadMain.isEmpty()) {
        continue;
      }
      int main = misreadMain.get().dependent();
      Optional<Dependency> looseRelative = sentence.stream().filter(d -> d.governor() == main && d.dependent() == relative && d.relation().equals("dep")).findFirst();
      Optional<Dependency> looseSubject = sentence.stream().filter(d -> d.governor() == main && d.dependent() == noun && d.relation().equals("dep")).findFirst();
      Optional<Dependency> root = sentence.stream().filter(d -> d.governor() < 0 && d.dependent() == noun).findFirst();
      if (looseRelative.isEmpty() || looseSubject.isEmpty() || root.isEmpty()) {
        continue;
      }
      List<Dependency> mended = DependencyEdits.mapped(sentence, d -> {
        if (d == root.get()) {
          return new Dependency(d.governor(), main, d.relation());
        }
        if (d == misreadMain.get()) {
          return new Dependency(noun, relative, "acl:relcl");
        }
        if (d == looseRelative.get()) {
          return new Dependency(relative, noun, "nsubj");
        }
        if (d == looseSubject.get()) {
          return new Dependency(main, noun, "nsubj");
        }
        if (d.governor() == noun && d.relation().equals("punct") && d.dependent() > main) {
          return new Dependency(main, d.dependent(), "punct");
        }
        return d;
      });
      return mended;
    }
    return sentence;
  }
}
