package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Sikorski accused Moscow of waging a campaign of sabotage": what one side accuses another of is
 * the accusation's content, coded by the accusation (112); coding the alleged act as well, in the
 * accused's name, would record a sabotage campaign no one has shown happened.
 */
final class AllegedActs {
  /** Verbs whose "of" clause is what they allege. */
  private static final Set<String> ALLEGING = Set.of("accuse", "suspect", "charge");

  private AllegedActs() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean alleged = index.parents(m.trigger()).stream()
          .anyMatch(d -> d.relation().equals("advcl:of") && d.governor() >= 0 && ALLEGING.contains(index.lemma(d.governor()))
              && coded.stream().anyMatch(a -> a.trigger() == d.governor()));
      if (!alleged) {
        kept.add(m);
      }
    }
    return kept;
  }
}
