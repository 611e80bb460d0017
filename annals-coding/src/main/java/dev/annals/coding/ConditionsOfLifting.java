package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Modality;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Chinese customs said the suspension would stay in place until Norway completed an
 * investigation": what a measure kept in place waits for is the condition of lifting it, part of
 * the refusal to yield (SanctionsKeptInPlace, MeasuresKeptInPlace), not an event of its own; the
 * act only supposed there ("until Norway completed an investigation", "until the unit compensated
 * the families"), told by a verb or a noun, goes.
 */
final class ConditionsOfLifting {
  /** Markers of what must happen first. */
  private static final Set<String> AWAITING = Set.of("until", "till", "unless");

  private ConditionsOfLifting() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    Set<Integer> conditions = new HashSet<>();
    for (CodedMention m : coded) {
      if (!m.speech()) {
        continue;
      }
      for (int kept : SanctionsKeptInPlace.keptClauses(index, m.trigger())) {
        index.children(kept).stream().filter(d -> d.relation().startsWith("advcl") && index.hasChildLemma(d.dependent(), "mark", AWAITING))
            .forEach(d -> conditions.addAll(index.subtree(d.dependent(), Set.of())));
      }
    }
    return coded.stream().filter(m -> !(conditions.contains(m.trigger()) && m.modality() == Modality.HYPOTHETICAL)).toList();
  }
}
