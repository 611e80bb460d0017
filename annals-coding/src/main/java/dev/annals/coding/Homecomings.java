package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Set;

/**
 * "Iran has released an Austrian-Iranian engineer, and he landed in Vienna on Saturday": arriving
 * in a city of one's own country is coming home, not a visit (042) to its state. Only a visit
 * whose target is a place the text names: "the president visited the army's headquarters" may
 * still be a visit within a country, and rebels or the opposition going to their capital visit
 * the state they stand against.
 */
final class Homecomings {
  /** CAMEO's "make a visit". */
  private static final String VISIT = "042";
  /** Sectors of those who stand against their own state: rebels, insurgents, separatists, the opposition. */
  private static final Set<String> STANDING_AGAINST = Set.of("REB", "INS", "SEP", "OPP");
  /** Place names as the tagger marks them. */
  private static final Set<String> PLACE_ENTITIES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private Homecomings() {}

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !isHomecoming(index, m)).toList();
  }

  private static boolean isHomecoming(DependencyIndex index, CodedMention m) {
    if (!m.type().code().equals(VISIT) || m.target().isEmpty() || m.source().actor().country().isEmpty()) {
      return false;
    }
    // Rebels or the opposition going to their own capital ("Savimbi would not travel to Luanda")
    // go to the state they stand against: a visit.
    boolean standsAgainstItsState = m.source().actor().sector().filter(STANDING_AGAINST::contains).isPresent();
    boolean ownCountry = m.source().actor().country().equals(m.target().get().actor().country()) && !standsAgainstItsState;
    boolean toPlace = index.lastTokenIn(m.target().get().span()).map(t -> PLACE_ENTITIES.contains(index.token(t).entity())).orElse(false);
    return ownCountry && toPlace;
  }
}
