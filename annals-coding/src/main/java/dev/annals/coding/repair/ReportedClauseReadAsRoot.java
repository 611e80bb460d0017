package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Kyrgyz police arrested 23 people on Sunday, and the interior ministry said those responsible
 * would be prosecuted": the parser may make the reported verb the root and hang the sentence's own
 * verbs on it as loose words ({@code dep(prosecuted, arrested)}, {@code dep(prosecuted, said)}),
 * reading the reported clause's subject as what is said ({@code obj(said, those)}), so the
 * prosecution has no one to prosecute and no teller. A root with a modal and no subject, with a
 * verb of saying hung loosely on it before it whose object comes right before the root's words,
 * is what that verb reports: {@code ccomp(said, prosecuted)}, the object its subject, and the
 * sentence's root the saying, or the verb the saying is joined to by "and".
 */
public final class ReportedClauseReadAsRoot implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    Optional<Dependency> rootEdge = sentence.stream().filter(d -> d.governor() < 0).findFirst();
    if (rootEdge.isEmpty()) {
      return sentence;
    }
    int reported = rootEdge.get().dependent();
    boolean modal = sentence.stream().anyMatch(d -> d.governor() == reported && d.relation().equals("aux") && RepairWords.isModalOfWhatMayBe(tokens.get(d.dependent())));
    boolean subject = sentence.stream().anyMatch(d -> d.governor() == reported && d.relation().startsWith("nsubj"));
    if (!tokens.get(reported).tag().startsWith("VB") || !modal || subject) {
      return sentence;
    }
    for (Dependency loose : sentence) {
      int saying = loose.dependent();
      if (loose.governor() != reported || !loose.relation().equals("dep") || saying > reported || !RepairWords.isSaying(tokens.get(saying))) {
        continue;
      }
      Optional<Dependency> said = sentence.stream().filter(d -> d.governor() == saying && d.relation().equals("obj") && d.dependent() > saying && d.dependent() < reported).findFirst();
      if (said.isEmpty()) {
        continue;
      }
      // The verb the saying is joined to, if it too hangs loosely on the reported verb, is the sentence's own.
      int main = sentence.stream().filter(d -> d.dependent() == saying && d.relation().startsWith("conj") && d.governor() < saying)
          .map(Dependency::governor).filter(g -> sentence.stream().anyMatch(d -> d.governor() == reported && d.dependent() == g && d.relation().equals("dep")))
          .findFirst().orElse(saying);
      boolean passive = sentence.stream().anyMatch(d -> d.governor() == reported && d.relation().equals("aux:pass"));
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : sentence) {
        boolean looseVerb = d.governor() == reported && d.relation().equals("dep") && (d.dependent() == saying || d.dependent() == main);
        if (d == rootEdge.get() || d == said.get() || looseVerb) {
          continue;
        }
        mended.add(d);
      }
      mended.add(new Dependency(rootEdge.get().governor(), main, rootEdge.get().relation()));
      mended.add(new Dependency(saying, reported, "ccomp"));
      mended.add(new Dependency(reported, said.get().dependent(), passive ? "nsubj:pass" : "nsubj"));
      return mended;
    }
    return sentence;
  }
}
