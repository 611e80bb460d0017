package dev.annals.coding;

import dev.annals.coding.cameo.CameoCodebook;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.EventType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Canada will send 80 police officers to Haiti to support the UN-backed Gang Suppression Force":
 * police or troops a state sends into another country to support, help or join a force there are
 * protection it provides (074), not a show of its power (15) to that country. Sent to one's own
 * land ("sent riot police to Kashmir"), or with no such purpose told, or where the verb does not
 * say they go to the target's country, they stay a show of force. So investigators sent into
 * another country to help ("Beirut would send investigators to Abidjan to help trace the money")
 * are judicial cooperation (063) with it, not an investigation (09) of it; and forces sent into
 * another country for training are military cooperation (062) with it.
 */
final class ForcesSentToSupport {
  /** CAMEO's root of a show of military or police power. */
  private static final String SHOW_OF_FORCE_ROOT = "15";
  /** Verbs that move forces somewhere. */
  private static final Set<String> SENDING = Set.of("send", "deploy", "dispatch");
  /** Purposes that make forces sent abroad a help to those they go to. */
  private static final Set<String> SUPPORTING = Set.of("support", "help", "assist", "back", "reinforce", "join", "bolster", "strengthen");
  /** Clauses that tell what something is done for: "to support the force". */
  private static final Set<String> PURPOSES = Set.of("xcomp", "advcl", "advcl:to");

  /** CAMEO's root of investigation. */
  private static final String INVESTIGATION_ROOT = "09";

  private final EventType protection;
  private final EventType judicialCooperation;
  private final EventType militaryCooperation;

  ForcesSentToSupport(CameoCodebook codebook) {
    this.protection = codebook.require("074", "forces sent abroad to support a force there");
    this.judicialCooperation = codebook.require("063", "investigators sent abroad to help");
    this.militaryCooperation = codebook.require("062", "forces sent abroad for training");
  }

  List<CodedMention> read(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().map(m -> sentAbroadToTrain(index, m) ? m.withType(militaryCooperation) : !sentAbroadToSupport(index, m) ? m
        : m.type().rootCode().equals(SHOW_OF_FORCE_ROOT) ? m.withType(protection) : m.withType(judicialCooperation)).toList();
  }

  private static boolean sentAbroadToSupport(DependencyIndex index, CodedMention m) {
    boolean sentKind = m.type().rootCode().equals(SHOW_OF_FORCE_ROOT) || m.type().rootCode().equals(INVESTIGATION_ROOT);
    return sentKind && sentIntoAnotherCountry(index, m)
        && index.children(m.trigger(), PURPOSES).stream().anyMatch(purpose -> SUPPORTING.contains(index.lemma(purpose).toLowerCase(Locale.ROOT)));
  }

  /**
   * Forces sent into another country "for training" (or drills): "Yerevan would send a group of
   * officers to India for training in May".
   */
  private static boolean sentAbroadToTrain(DependencyIndex index, CodedMention m) {
    return m.type().rootCode().equals(SHOW_OF_FORCE_ROOT) && sentIntoAnotherCountry(index, m)
        && index.children(m.trigger(), Set.of("obl:for")).stream().anyMatch(purpose -> TRAINING.contains(index.lemma(purpose).toLowerCase(Locale.ROOT)));
  }

  /** Whether the verb sends its people into the target's country, another than their own. */
  private static boolean sentIntoAnotherCountry(DependencyIndex index, CodedMention m) {
    if (m.target().isEmpty() || !SENDING.contains(index.lemma(m.trigger()).toLowerCase(Locale.ROOT))) {
      return false;
    }
    var home = m.source().actor().country();
    var there = m.target().get().actor().country();
    if (home.isEmpty() || there.isEmpty() || home.equals(there)) {
      return false;
    }
    // Sent into that country, as the verb itself says ("to Haiti"): not forces sent at home to join
    // another state's offensive, whom an earlier passage made the target.
    return index.children(m.trigger(), Set.of("obl:to")).stream().anyMatch(place -> m.target().get().span().contains(index.token(place).span()));
  }

  /** What forces may be sent abroad to learn or practise together. */
  private static final Set<String> TRAINING = Set.of("training", "exercise", "drill", "course");
}
