package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Russia retaliated by declaring two Moldovan diplomats persona non grata": a response whose
 * "by" names the act is that act, coded on its own; the bare verb of responding adds no event
 * (retaliating is not an attack when it is an expulsion).
 */
final class MeansOfResponse {
  private static final Set<String> RESPONDING = Set.of("retaliate", "respond", "react", "reply", "hit");

  private MeansOfResponse() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      boolean response = RESPONDING.contains(index.lemma(m.trigger()));
      boolean byMeans = response && coded.stream().anyMatch(act -> act != m && act.sentence() == m.sentence()
          && act.source().actor().code().equals(m.source().actor().code()) && act.trigger() > 0 && index.lemma(act.trigger() - 1).equals("by")
          && index.subtree(m.trigger(), Set.of()).contains(act.trigger()));
      if (!byMeans) {
        kept.add(m);
      }
    }
    return kept;
  }
}
