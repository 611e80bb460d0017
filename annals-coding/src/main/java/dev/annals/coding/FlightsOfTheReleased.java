package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;

/**
 * "Nicaragua freed 22 political prisoners on Thursday and flew them to Guatemala": flying out
 * those one has just released sends them away, into exile; it is no aid to them (070, which "flew
 * them" codes when another side carries people out of captivity: "Houthi rebels freed nine
 * seafarers, and an Omani air force plane flew them to Muscat"). Dropped when joined by "and" to
 * the same side's release; the release is the event.
 */
final class FlightsOfTheReleased {
  /** CAMEO's "provide aid", which "fly" with people for its object codes. */
  private static final String AID = "070";
  /** Release of people (0841) or in general (084). */
  private static final String RELEASE = "084";

  private FlightsOfTheReleased() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !fliesOutTheReleased(index, m, coded)).toList();
  }

  private static boolean fliesOutTheReleased(DependencyIndex index, CodedMention m, List<CodedMention> coded) {
    if (!m.type().code().equals(AID) || !index.lemma(m.trigger()).equals("fly")) {
      return false;
    }
    return EscortsOfTheSeized.joinedToOwnAct(index, m, coded, code -> code.startsWith(RELEASE));
  }
}
