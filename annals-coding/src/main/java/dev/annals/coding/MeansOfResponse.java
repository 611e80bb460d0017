package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Modality;
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
    List<CodedMention> kept = new ArrayList<>(coded);
    for (CodedMention m : coded) {
      if (!RESPONDING.contains(index.lemma(m.trigger()))) {
        continue;
      }
      List<CodedMention> means = byActs(index, m, coded);
      if (means.isEmpty()) {
        continue;
      }
      kept.remove(m);
      // "warned that it would respond by barring Lithuanian hauliers": the means is as
      // unreal as the response it is the means of.
      if (m.modality() != Modality.ASSERTED) {
        means.forEach(act -> kept.replaceAll(k -> k == act && k.modality() == Modality.ASSERTED ? k.withModality(m.modality()) : k));
      }
    }
    return kept;
  }

  /** The acts of the same source, after "by", that stand in the response's clause. */
  private static List<CodedMention> byActs(DependencyIndex index, CodedMention response, List<CodedMention> coded) {
    List<Integer> clause = index.subtree(response.trigger(), Set.of());
    return coded.stream().filter(act -> act != response && act.sentence() == response.sentence()
        && act.source().actor().code().equals(response.source().actor().code()) && act.trigger() > 0 && index.lemma(act.trigger() - 1).equals("by")
        && clause.contains(act.trigger())).toList();
  }
}
