package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Set;

/**
 * "Farmers blocked the bridge at Desaguadero, halting most trade between Peru and Bolivia": a cut
 * in relations told by a participle hung on an earlier protest of the same side is what the
 * protest did, not an embargo of its own. Dropped; the protest is the event. So is a blockade
 * or a cut told as the protest's purpose: "blocked the port of Rhodes to stop an Israeli cruise
 * ship from docking" is the protest (1442) against Israel, not a blockade (191) besides. A march
 * to thank someone is the thanks (see {@link #isMarchOfApproval}).
 */
final class ProtestOutcomes {
  /** Root of protest (14). */
  private static final String PROTEST_ROOT = "14";
  /** Root of reducing relations, embargoes and sanctions among them (16). */
  private static final String REDUCING_ROOT = "16";

  private ProtestOutcomes() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !isOutcomeOfProtest(index, m, coded) && !isMarchOfApproval(index, m, coded)).toList();
  }

  /** Root of approval: praise, thanks, support (05). */
  private static final String APPROVAL_ROOT = "05";

  /**
   * "Thousands of protesters marched to the German embassy to thank Germany for its support": a
   * march whose purpose is the same side's thanks or praise is the way it gave them, no protest
   * against the place it went to. Dropped; the thanks are the event.
   */
  private static boolean isMarchOfApproval(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    return m.type().rootCode().equals(PROTEST_ROOT) && coded.stream().anyMatch(approval -> approval.sentence() == m.sentence()
        && approval.type().rootCode().equals(APPROVAL_ROOT) && approval.source().actor().equals(m.source().actor())
        && actServed(index, approval.trigger()).filter(served -> served == m.trigger()).isPresent());
  }

  private static boolean isOutcomeOfProtest(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    boolean cutOrBlockade = m.type().rootCode().equals(REDUCING_ROOT) || m.type().code().startsWith(BLOCKADE);
    return cutOrBlockade && (AttackOutcomes.toldByParticipleOn(index, m, coded, protest -> protest.trigger() < m.trigger() && protest.type().rootCode().equals(PROTEST_ROOT))
        || isPurposeOfProtest(index, m, coded));
  }

  /** Impose blockade, restrict movement (191). */
  private static final String BLOCKADE = "191";
  /** How a purpose hangs on the act it is for: "blocked the port to stop the ship". */
  private static final Set<String> PURPOSE = Set.of("xcomp", "advcl:to", "advcl");

  /** The act whose "to" purpose clause the verb heads: "blocked" for "to stop" in "blocked the port to stop the ship". */
  private static java.util.Optional<Integer> actServed(DependencyIndex index, int verb) {
    return index.head(verb).filter(h -> PURPOSE.contains(h.relation()) && index.hasChildLemma(verb, "mark", Set.of("to"))).map(h -> h.governor());
  }

  /** Whether the event is the purpose clause of a protest by the same side. */
  private static boolean isPurposeOfProtest(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    return actServed(index, m.trigger())
        .map(served -> coded.stream().anyMatch(p -> p.trigger() == served && p.sentence() == m.sentence() && p.type().rootCode().equals(PROTEST_ROOT)
            && p.source().actor().equals(m.source().actor())))
        .orElse(false);
  }
}
