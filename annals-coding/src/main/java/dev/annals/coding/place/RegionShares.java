package dev.annals.coding.place;

import java.util.Map;

/**
 * How much the article's other names say of a reading's country and first-level division (state,
 * province): the share of them that probably lie there. Local news keeps to one state, so a town
 * in the state most of the article's places lie in wins over a bigger namesake elsewhere ("Paris"
 * beside Dallas and Texas towns is Paris, Texas; "Columbus" in a story from Nebraska towns is
 * Columbus, Nebraska). A state named outright says more than a town of it.
 */
final class RegionShares {
  /** What a reading in the state or province most of the article's other names lie in gains, at most. */
  private static final double DIVISION_WEIGHT = 1.0;
  /** How many towns a state named outright ("Texas", "Neb.") counts as. */
  private static final double STATE_WEIGHT = 2.0;

  private RegionShares() {}

  /** Adds what a reading of another name, with probability {@code p}, says of its division. */
  static void addDivision(Map<String, Double> divisions, Gazetteer.Entry other, double p) {
    if (!other.admin1().isEmpty() && other.place().country().isPresent()) {
      divisions.merge(divisionKey(other), p * (other.firstLevel() ? STATE_WEIGHT : 1.0), Double::sum);
    }
  }

  /**
   * The article's country: a reading gains with the share of the article's other names that lie
   * in its country, and a reading in a country no other name points to loses, once the article
   * names two places or more ("Paris" in a report from Tennessee counties is Paris, Tennessee).
   */
  static double countryShare(Gazetteer.Entry reading, Map<String, Double> countries, int named) {
    if (named == 0 || reading.place().country().isEmpty()) {
      return 0;
    }
    double same = countries.getOrDefault(reading.place().country().get(), 0.0);
    double share = 1.5 * same / named;
    return same < 0.5 && named >= 2 ? share - 1.0 : share;
  }

  /**
   * The article's state or province: a town or county gains with the share of the article's other
   * names in its division (a division named outright counting {@value #STATE_WEIGHT} times).
   */
  static double divisionShare(Gazetteer.Entry reading, Map<String, Double> divisions, int named) {
    if (named == 0 || reading.admin1().isEmpty() || reading.place().country().isEmpty() || reading.firstLevel()) {
      return 0;
    }
    double same = divisions.getOrDefault(divisionKey(reading), 0.0);
    return DIVISION_WEIGHT * Math.min(1.0, same / named);
  }

  private static String divisionKey(Gazetteer.Entry entry) {
    return entry.place().country().orElse("") + "|" + entry.admin1();
  }
}
