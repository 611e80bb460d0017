package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Set;

/**
 * "Konakovic said Sarajevo would file a complaint and recalled the ambassador from Zagreb": the
 * parser may make "recalled" both a verb joined to "said" ({@code conj:and(said, recalled)}) and
 * what "said" reports ({@code ccomp(said, recalled)}), so that the recall is only reported. A verb
 * joined to the verb of saying whose subject is the sayer's own is the sayer's act, not what was
 * said: the {@code ccomp} goes.
 */
public final class JoinedVerbAlsoReadAsReported implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency reported : sentence) {
      int sayer = reported.governor();
      int verb = reported.dependent();
      if (sayer < 0 || !reported.relation().equals("ccomp")
          || sentence.stream().noneMatch(d -> d.governor() == sayer && d.dependent() == verb && d.relation().startsWith("conj"))) {
        continue;
      }
      Set<Integer> sayers = DependencyEdits.subjects(sentence, sayer);
      Set<Integer> own = DependencyEdits.subjects(sentence, verb);
      if (own.isEmpty() || !sayers.containsAll(own)) {
        continue;
      }
      return DependencyEdits.without(sentence, reported);
    }
    return sentence;
  }
}
