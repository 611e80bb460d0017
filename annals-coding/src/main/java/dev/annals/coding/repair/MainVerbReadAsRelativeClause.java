package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "China, which abstained, urged both sides to resolve the issue": the parser reads the main verb
 * as the relative clause ({@code acl:relcl(China, urged)}), makes the relative clause's verb its
 * subject ({@code nsubj(urged, abstained)}), China its object and the sentence's root. A verb is
 * never a subject: the verb of the relative clause is the relative clause ({@code
 * acl:relcl(China, abstained)}, {@code nsubj(abstained, which)}), the noun is the main verb's
 * subject ({@code nsubj(urged, China)}, no longer its object nor the controller of its
 * complement), and the main verb is the root.
 */
public final class MainVerbReadAsRelativeClause implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency relative : sentence) {
      if (!relative.relation().equals("acl:relcl") || relative.governor() < 0) {
        continue;
      }
      int noun = relative.governor();
      int main = relative.dependent();
      Optional<Dependency> verbSubject = sentence.stream()
          .filter(d -> d.governor() == main && d.relation().equals("nsubj") && tokens.get(d.dependent()).tag().startsWith("VB") && d.dependent() > noun && d.dependent() < main)
          .findFirst();
      // "The Alliance of Sahel States, which groups Mali with Burkina Faso and Niger, said ...":
      // the relative clause's verb hung on "which" ({@code acl(which, groups)}) and the noun read
      // as the main verb's object.
      Optional<Dependency> onThePronoun = verbSubject.isPresent() ? Optional.empty() : sentence.stream()
          .filter(d -> d.relation().equals("acl") && tokens.get(d.dependent()).tag().startsWith("VB") && d.dependent() > noun && d.dependent() < main
              && sentence.stream().anyMatch(r -> r.relation().equals("ref") && r.governor() == noun && r.dependent() == d.governor()))
          .filter(d -> sentence.stream().anyMatch(o -> o.governor() == main && o.dependent() == noun && o.relation().equals("obj")))
          .findFirst();
      if (onThePronoun.isPresent()) {
        verbSubject = Optional.of(new Dependency(main, onThePronoun.get().dependent(), "nsubj"));
      }
      if (verbSubject.isEmpty() && onThePronoun.isEmpty()) {
        Optional<List<Dependency>> mended = verbReadAsAdjectiveOfItsObject(tokens, sentence, relative);
        if (mended.isPresent()) {
          return mended.get();
        }
      }
      if (verbSubject.isEmpty()) {
        continue;
      }
      int clause = verbSubject.get().dependent();
      Optional<Integer> which = sentence.stream().filter(d -> d.governor() == noun && d.relation().equals("ref") && d.dependent() < clause)
          .map(Dependency::dependent).findFirst();
      // Only the set-off relative clause: "China, which abstained, urged" ("The Alliance of Sahel
      // States, which groups ...": the comma stands before the pronoun, after the noun's phrase).
      int setOff = which.map(w -> w - 1).orElse(noun + 1);
      if (!tokens.get(setOff).text().equals(",") || !tokens.get(main - 1).text().equals(",")) {
        continue;
      }
      // "Cambodia and Vietnam, which lie downstream, urged Laos": the nouns joined to the noun are
      // the main verb's subjects with it, not its objects.
      List<Integer> joined = sentence.stream().filter(d -> d.governor() == noun && d.relation().startsWith("conj")).map(Dependency::dependent).toList();
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (joined.contains(d.dependent()) && d.governor() == main && d.relation().equals("obj")) {
          mended.add(new Dependency(main, d.dependent(), "nsubj"));
          continue;
        }
        if (joined.contains(d.dependent()) && d.relation().equals("nsubj:xsubj")) {
          continue;
        }
        if (d == relative) {
          mended.add(new Dependency(noun, clause, "acl:relcl"));
          which.ifPresent(w -> mended.add(new Dependency(clause, w, "nsubj")));
        } else if (d == verbSubject.get() || onThePronoun.filter(o -> o == d).isPresent()) {
          mended.add(new Dependency(main, noun, "nsubj"));
        } else if (d.governor() < 0 && d.dependent() == noun) {
          mended.add(new Dependency(d.governor(), main, d.relation()));
        } else if (d.governor() == main && d.dependent() == noun) {
          // The noun before the verb is no object of it.
          continue;
        } else if (d.relation().equals("nsubj:xsubj") && d.dependent() == noun) {
          // Nor does it control the complement: "urged both sides to resolve" is theirs.
          continue;
        } else {
          mended.add(d);
        }
      }
      return mended;
    }
    return sentence;
  }

  /**
   * "Chinese President Xi Jinping, who hosted Maamau at a state banquet on Tuesday, promised further
   * aid": the parser may also read the relative clause's verb as an adjective of its object
   * ({@code amod(Maamau, hosted)}) and that object as the main verb's subject ({@code
   * nsubj(promised, Maamau)}). A past verb right after "who" is the relative clause's, with the
   * noun for its subject and what it qualified for its object; the noun is the main verb's subject.
   */
  private static Optional<List<Dependency>> verbReadAsAdjectiveOfItsObject(List<Token> tokens, List<Dependency> sentence, Dependency relative) {
    int noun = relative.governor();
    int main = relative.dependent();
    for (Dependency subjectEdge : sentence) {
      int object = subjectEdge.dependent();
      if (subjectEdge.governor() != main || !subjectEdge.relation().equals("nsubj") || object < noun || object > main) {
        continue;
      }
      Optional<Dependency> adjective = sentence.stream().filter(a -> a.governor() == object && a.relation().equals("amod") && a.dependent() < object
          && tokens.get(a.dependent()).tag().equals("VBD") && sentence.stream().anyMatch(r -> r.relation().equals("ref") && r.governor() == noun
              && r.dependent() == a.dependent() - 1)).findFirst();
      if (adjective.isEmpty() || !tokens.get(main - 1).text().equals(",")) {
        continue;
      }
      int clause = adjective.get().dependent();
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        if (d == relative) {
          mended.add(new Dependency(noun, clause, "acl:relcl"));
          mended.add(new Dependency(clause, noun, "nsubj"));
        } else if (d == adjective.get()) {
          mended.add(new Dependency(clause, object, "obj"));
        } else if (d == subjectEdge) {
          mended.add(new Dependency(main, noun, "nsubj"));
        } else if (d.governor() < 0 && d.dependent() == noun) {
          mended.add(new Dependency(d.governor(), main, d.relation()));
        } else if (!(d.governor() == main && d.dependent() == noun)) {
          mended.add(d);
        }
      }
      return Optional.of(mended);
    }
    return Optional.empty();
  }
}
