package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Set;

/**
 * "Iran has released an Austrian-Iranian engineer, and he landed in Vienna on Saturday": arriving
 * in a city of one's own country is coming home, not a visit (042) to its state. Only a visit
 * whose target is a place the text names: "the president visited the army's headquarters" may
 * still be a visit within a country, and rebels or the opposition going to their capital visit
 * the state they stand against. A state receiving its own people back hosts no visit either.
 */
final class Homecomings {
  /** CAMEO's "make a visit". */
  private static final String VISIT = "042";
  /** Sectors of those who stand against their own state: rebels, insurgents, separatists, the opposition. */
  private static final Set<String> STANDING_AGAINST = Set.of("REB", "INS", "SEP", "OPP");
  /** Place names as the tagger marks them. */
  private static final Set<String> PLACE_ENTITIES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  /** CAMEO's "host a visit". */
  private static final String HOSTING = "043";
  /** Sectors of plain people, whom their own state takes back rather than hosts. */
  private static final Set<String> PLAIN_PEOPLE = Set.of("CVL", "CRM", "REF", "LAB", "AGR");

  private Homecomings() {}

  /**
   * "Austria deported 14 Syrian men ... Syria's foreign ministry confirmed that it had received the
   * men": a state that receives its own plain people takes them back home, it hosts no visit (043).
   */
  private static boolean isReturnHome(CodedMention m) {
    return m.type().code().equals(HOSTING) && m.target().isPresent() && m.source().actor().country().isPresent()
        && m.source().actor().country().equals(m.target().get().actor().country())
        && m.target().get().actor().sector().filter(PLAIN_PEOPLE::contains).isPresent();
  }

  static List<CodedMention> drop(DependencyIndex index, List<CodedMention> coded) {
    return coded.stream().filter(m -> !isHomecoming(index, m)).toList();
  }

  private static boolean isHomecoming(DependencyIndex index, CodedMention m) {
    if (isReturnHome(m)) {
      return true;
    }
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
