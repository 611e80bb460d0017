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
 * blamed on someone ("blamed the TPLF for looting deliveries") and what is denied ("denied
 * obstructing aid"), down the clauses they govern ("accused Havana of trying to hijack the summit").
 */
final class AllegedActs {
  /** Verbs and the clause relations that hold what they allege or deny. */
  private static final Map<String, Set<String>> ALLEGING = Map.of(
      "accuse", Set.of("advcl:of"), "suspect", Set.of("advcl:of"), "charge", Set.of("advcl:of"),
      "blame", Set.of("advcl:for"), "deny", Set.of("xcomp", "ccomp", "obj"));

  private AllegedActs() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean alleged = coded.stream().anyMatch(a -> a != m && a.sentence() == m.sentence() && ALLEGING.containsKey(index.lemma(a.trigger()))
          && index.inComplementOf(a.trigger(), m.trigger(), ALLEGING.get(index.lemma(a.trigger()))) && isClause(index, a, m));
      if (!alleged) {
        kept.add(m);
      }
    }
    return kept;
  }

  /** A denied object is an act only as a gerund: "denied obstructing aid", not "denied the report". */
  private static boolean isClause(DependencyIndex index, CodedMention alleging, CodedMention act) {
    return !index.lemma(alleging.trigger()).equals("deny") || index.token(act.trigger()).isVerb();
  }
}
