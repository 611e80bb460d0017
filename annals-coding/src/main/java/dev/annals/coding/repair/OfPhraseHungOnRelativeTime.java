package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.List;
import java.util.Set;

/**
 * "rejected an invitation to attend a meeting next week of Palestinian factions", "the visit last
 * month of the Iranian president": news puts a relative time ("next week") between a noun and its
 * "of" phrase, and the parser hangs the "of" phrase on the time word ({@code nmod:of(week,
 * factions)}), so the meeting loses whose meeting it is. A period word after "next", "last",
 * "this" right after a noun of the same clause is not "of" anybody ("next week of the factions"
 * names no period), so its "of" phrase goes back to that noun: {@code nmod:of(meeting,
 * factions)}. "The week of the election" (no relative word) and "last week of March" (a date) are
 * left alone.
 */
public final class OfPhraseHungOnRelativeTime implements ParseRepair {
  private static final Set<String> DATE_ENTITIES = Set.of("DATE", "TIME", "DURATION", "SET");

  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (Dependency time : sentence) {
      int period = time.dependent();
      int noun = period - 2;
      if (!(time.relation().equals("obl:tmod") || time.relation().equals("nmod:tmod")) || noun < 0 || period + 1 >= tokens.size()
          || tokens.get(noun).sentence() != tokens.get(period).sentence()
          || !RepairWords.isRelativePeriod(tokens, period)
          || !tokens.get(noun).isNoun() || !tokens.get(period + 1).lemma().equalsIgnoreCase("of")
          || !(time.governor() == noun || sentence.stream().anyMatch(d -> d.governor() == time.governor() && d.dependent() == noun))) {
        continue;
      }
      Dependency of = sentence.stream()
          .filter(d -> d.governor() == period && d.relation().equals("nmod:of") && d.dependent() > period
              && !DATE_ENTITIES.contains(tokens.get(d.dependent()).entity()))
          .findFirst().orElse(null);
      if (of == null) {
        continue;
      }
      return DependencyEdits.replaced(sentence, of, new Dependency(noun, of.dependent(), "nmod:of"));
    }
    return sentence;
  }
}
