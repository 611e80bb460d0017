package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;

/**
 * "Farmers blocked the bridge at Desaguadero, halting most trade between Peru and Bolivia": a cut
 * in relations told by a participle hung on an earlier protest of the same side is what the
 * protest did, not an embargo of its own. Dropped; the protest is the event.
 */
final class ProtestOutcomes {
  /** Root of protest (14). */
  private static final String PROTEST_ROOT = "14";
  /** Root of reducing relations, embargoes and sanctions among them (16). */
  private static final String REDUCING_ROOT = "16";

  private ProtestOutcomes() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !isOutcomeOfProtest(index, m, coded)).toList();
  }

  private static boolean isOutcomeOfProtest(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    return m.type().rootCode().equals(REDUCING_ROOT)
        && AttackOutcomes.toldByParticipleOn(index, m, coded, protest -> protest.trigger() < m.trigger() && protest.type().rootCode().equals(PROTEST_ROOT));
  }
}
