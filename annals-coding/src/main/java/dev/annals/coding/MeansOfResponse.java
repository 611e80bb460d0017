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
      boolean byMeans = RESPONDING.contains(index.lemma(m.trigger())) && byAct(index, m, coded);
      if (!byMeans) {
        kept.add(m);
      }
    }
    return kept;
  }

  /** Whether an act of the same source, after "by", stands in the response's clause. */
  private static boolean byAct(DependencyIndex index, CodedMention response, List<CodedMention> coded) {
    List<Integer> clause = index.subtree(response.trigger(), Set.of());
    return coded.stream().anyMatch(act -> act != response && act.sentence() == response.sentence()
        && act.source().actor().code().equals(response.source().actor().code()) && act.trigger() > 0 && index.lemma(act.trigger() - 1).equals("by")
        && clause.contains(act.trigger()));
  }
}
