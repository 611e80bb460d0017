package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Set;

/**
 * 'Belarus's foreign ministry accused the two NATO members of "turning the border into a front
 * line" and summoned Poland's charge d'affaires': the parser may make "summoned" both a verb joined
 * to "accused" ({@code conj:and(accused, summoned)}) and, as if it went on the gerund, the clause
 * of the accusation ({@code advcl:of(accused, summoned)}), so that the summons is only what was
 * alleged. A verb in the simple past with the same subject as the verb it is joined to is that
 * subject's own act, no clause of it: the {@code advcl} goes.
 */
public final class JoinedVerbAlsoReadAsAdverbialClause implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency clause : sentence) {
      int governor = clause.governor();
      int verb = clause.dependent();
      if (governor < 0 || !clause.relation().startsWith("advcl") || !tokens.get(verb).tag().equals("VBD")
          || sentence.stream().noneMatch(d -> d.governor() == governor && d.dependent() == verb && d.relation().startsWith("conj"))) {
        continue;
      }
      Set<Integer> own = DependencyEdits.subjects(sentence, verb);
      if (own.isEmpty() || !DependencyEdits.subjects(sentence, governor).containsAll(own)) {
        continue;
      }
      return DependencyEdits.without(sentence, clause);
    }
    return sentence;
  }
}
