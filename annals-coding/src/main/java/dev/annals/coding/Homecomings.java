package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Set;

/**
 * "Iran has released an Austrian-Iranian engineer, and he landed in Vienna on Saturday": arriving
 * in a city of one's own country is coming home, not a visit (042) to its state. Only a visit
 * whose target is a place the text names: "the president visited the army's headquarters" may
 * still be a visit within a country.
 */
final class Homecomings {
  /** CAMEO's "make a visit". */
  private static final String VISIT = "042";
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
    boolean ownCountry = m.source().actor().country().equals(m.target().get().actor().country());
    boolean toPlace = index.lastTokenIn(m.target().get().span()).map(t -> PLACE_ENTITIES.contains(index.token(t).entity())).orElse(false);
    return ownCountry && toPlace;
  }
}
