package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Sikorski accused Moscow of waging a campaign of sabotage": what one side accuses another of is
 * the accusation's content, coded by the accusation (112); coding the alleged act as well, in the
 * accused's name, would record a sabotage campaign no one has shown happened. So too what is
 * blamed on someone ("blamed the TPLF for looting deliveries"), down the clauses they govern
 * ("accused Havana of trying to hijack the summit"). (What is denied is coded negated: {@code
 * ClauseMood.denied}.)
 */
final class AllegedActs {
  /** Verbs and the clause relations that hold what they allege. */
  private static final Map<String, Set<String>> ALLEGING = Map.of(
      "accuse", Set.of("advcl:of"), "suspect", Set.of("advcl:of"), "charge", Set.of("advcl:of"),
      "blame", Set.of("advcl:for"));

  private AllegedActs() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean alleged = coded.stream().anyMatch(a -> a != m && a.sentence() == m.sentence() && ALLEGING.containsKey(index.lemma(a.trigger()))
          && index.inComplementOf(a.trigger(), m.trigger(), ALLEGING.get(index.lemma(a.trigger()))));
      if (!alleged) {
        kept.add(m);
      }
    }
    return kept;
  }
}
