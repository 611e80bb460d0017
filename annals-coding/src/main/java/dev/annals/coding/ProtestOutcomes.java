package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Farmers blocked the bridge at Desaguadero, halting most trade between Peru and Bolivia": a cut
 * in relations told by a participle hung on a protest of the same side is what the protest did,
 * not an embargo of its own. Dropped; the protest is the event.
 */
final class ProtestOutcomes {
  /** Root of protest (14). */
  private static final String PROTEST_ROOT = "14";
  /** Root of reducing relations, embargoes and sanctions among them (16). */
  private static final String REDUCING_ROOT = "16";
  /** How a participle hangs on the verb it follows. */
  private static final Set<String> HUNG = Set.of("advcl", "xcomp", "dep", "conj");

  private ProtestOutcomes() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    List<CodedMention> kept = new ArrayList<>();
    for (CodedMention m : coded) {
      if (!isOutcomeOfProtest(index, m, coded)) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static boolean isOutcomeOfProtest(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    if (!m.type().rootCode().equals(REDUCING_ROOT) || !index.token(m.trigger()).tag().equals("VBG")) {
      return false;
    }
    String source = m.source().actor().code();
    return index.parents(m.trigger()).stream()
        .filter(d -> d.governor() >= 0 && d.governor() < m.trigger() && HUNG.contains(d.baseRelation()))
        .anyMatch(d -> coded.stream().anyMatch(protest -> protest != m && protest.trigger() == d.governor() && protest.type().rootCode().equals(PROTEST_ROOT)
            && protest.source().actor().code().equals(source)));
  }
}
