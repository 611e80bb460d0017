package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;

/**
 * 'called the incident "a flagrant violation" of their sovereignty': the parser may hang the
 * "of" phrase after the judgment on the thing judged ({@code nmod:of(incident, sovereignty)}),
 * across the judgment itself, so that the incident seems to name Kuwait's side. A modifier of the
 * small clause's subject that stands after its predicate belongs to the predicate: {@code
 * nmod:of(violation, sovereignty)}.
 */
public final class OfPhraseOfJudgmentHungOnItsSubject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency subject : sentence) {
      int judgment = subject.governor();
      int judged = subject.dependent();
      if (judgment < 0 || !subject.relation().equals("nsubj") || judged > judgment || !tokens.get(judgment).isNoun() || !isSmallClause(sentence, judgment)) {
        continue;
      }
      for (Dependency modifier : sentence) {
        if (modifier.governor() == judged && modifier.relation().startsWith("nmod") && modifier.dependent() > judgment) {
          return DependencyEdits.replaced(sentence, modifier, new Dependency(judgment, modifier.dependent(), modifier.relation()));
        }
      }
    }
    return sentence;
  }

  /** Whether the noun is a verb's small-clause complement: "called [the incident a violation]". */
  private static boolean isSmallClause(List<Dependency> sentence, int noun) {
    return sentence.stream().anyMatch(d -> d.dependent() == noun && d.governor() >= 0 && d.relation().equals("xcomp"));
  }
}
