package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Set;

/**
 * "Taiwan's coast guard sent a patrol ship to Palau to help police the island nation's waters":
 * ships or troops sent for aid the sender gives (07) to the country they go to, told in the
 * purpose clause, are the means of that aid, not a show of force (15) of their own. So is a
 * team's arrival (042) to help.
 */
final class ForceSentToHelp {
  /** CAMEO's root of a show of military or police power. */
  private static final String SHOW_OF_FORCE_ROOT = "15";
  /** CAMEO's root of aid. */
  private static final String AID_ROOT = "07";

  private ForceSentToHelp() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !sentToHelp(index, coded, m)).toList();
  }

  private static boolean sentToHelp(DependencyIndex index, List<CodedMention> coded, CodedMention m) {
    return (m.type().rootCode().equals(SHOW_OF_FORCE_ROOT) || isArrivalOfHelpers(m)) && coded.stream().anyMatch(aid -> aid != m && aid.sentence() == m.sentence()
        && aid.type().rootCode().equals(AID_ROOT) && aid.source().actor().equals(m.source().actor()) && sameCountry(aid, m)
        && index.inComplementOf(m.trigger(), aid.trigger(), ConventionalTargets.PURPOSE_CLAUSES));
  }

  /**
   * "An Emirati search-and-rescue team and a field hospital arrived in Kandy to help Sri Lanka
   * recover": a team's arrival (042) to give aid is that aid's delivery, no visit; an official's
   * arrival stays a visit.
   */
  private static boolean isArrivalOfHelpers(CodedMention m) {
    return m.type().code().equals(VISIT) && m.source().actor().sector().filter(GOVERNMENT::equals).isEmpty();
  }

  /** CAMEO's "make a visit". */
  private static final String VISIT = "042";
  private static final String GOVERNMENT = "GOV";

  /**
   * Aid to the country the force is sent to ("Brunei's navy sent a patrol vessel to guard the
   * platform" against China's ships shows force to China, guarding nothing of China's).
   */
  private static boolean sameCountry(CodedMention aid, CodedMention force) {
    return aid.target().isPresent() && force.target().isPresent() && aid.target().get().actor().country().isPresent()
        && aid.target().get().actor().country().equals(force.target().get().actor().country());
  }
}
