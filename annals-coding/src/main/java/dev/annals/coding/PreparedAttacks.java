package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Dependency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "The army prepared to resume shelling the valley", "troops prepared for an assault on the
 * town": an attack that an actor only gets ready for has not happened; the getting ready is a
 * show of force (CAMEO 15), aimed where the attack would be.
 */
final class PreparedAttacks {
  /** Verbs of getting ready for an act. */
  private static final Set<String> PREPARING_VERBS = Set.of("prepare", "ready");
  /** Demonstrate military or police power. */
  private static final String SHOW_OF_FORCE = "150";

  private final CameoCodebook codebook;

  PreparedAttacks(CameoCodebook codebook) {
    this.codebook = codebook;
  }

  /** The mentions with each attack only prepared for read as a show of force. */
  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream()
        .map(m -> CameoCodebook.isAttack(m.type().rootCode()) && isPreparedFor(index, m.trigger()) ? m.withType(codebook.require(SHOW_OF_FORCE, "prepared-attacks")) : m)
        .toList();
  }

  private static boolean isPreparedFor(DependencyIndex index, int act) {
    int current = act;
    for (int steps = 0; steps < 3; steps++) {
      Optional<Dependency> parent = index.parents(current).stream()
          .filter(d -> d.relation().equals("xcomp") || d.relation().equals("dep") || d.relation().equals("obl:for")).findFirst();
      if (parent.isEmpty() || parent.get().governor() < 0) {
        return false;
      }
      current = parent.get().governor();
      if (PREPARING_VERBS.contains(index.lemma(current))) {
        return true;
      }
    }
    return false;
  }
}
