package dev.annals.coding.place;

import dev.annals.model.Place;
import dev.annals.model.PlaceKind;

/**
 * How likely a reading of a name is on its own (its prior), and how much a reading of another name
 * of the article speaks for it (its affinity): the same state, the same country, or near.
 */
final class ReadingScores {
  /** How far apart two places may lie and still be read together. */
  private static final double NEAR_KM = 100;

  private ReadingScores() {}

  /** How likely a reading is before looking at the rest of the article: a country before a state before a city, bigger cities first. */
  static double prior(Gazetteer.Entry entry) {
    Place place = entry.place();
    if (entry.firstLevel()) {
      return 5.0;
    }
    return switch (place.kind()) {
      case COUNTRY -> 6.0;
      case ADMINISTRATIVE_REGION -> place.population() > 0 ? 1.0 + 0.6 * Math.log10(place.population() + 1) : 3.0;
      case CITY -> 1.0 + 0.6 * Math.log10(place.population() + 1);
      default -> 5.0;
    };
  }

  /** How much a place {@code other} stands for {@code reading}: same division, same country, near (the nearer the more). */
  static double affinity(Gazetteer.Entry reading, Gazetteer.Entry other) {
    Place a = reading.place();
    Place b = other.place();
    if (a.kind() == PlaceKind.COUNTRY && b.kind() == PlaceKind.COUNTRY && !a.equals(b)) {
      return 0.5; // an article that names countries names more: "Italy, Russia and China", not China, Texas
    }
    if (a.country().isEmpty() || !a.country().equals(b.country())) {
      return a.kind() != PlaceKind.COUNTRY && GreatCircle.distanceKm(a, b) < NEAR_KM ? 0.7 : 0;
    }
    // Only what is closer than the country counts here: the country is countryShare's.
    if (a.kind() == PlaceKind.COUNTRY) {
      return 0;
    }
    boolean sameDivision = sameDivision(reading, other);
    if (reading.firstLevel()) {
      return sameDivision ? 1.0 : 0;
    }
    // Two towns of one state say little of each other (a state is large, and most names recur in
    // many states); a town and its state, or two places within 100 km, say much.
    if (sameDivision && other.firstLevel()) {
      return 1.5;
    }
    if (Math.abs(a.latitude() - b.latitude()) < 1.0 && GreatCircle.distanceKm(a, b) < NEAR_KM) {
      return 1.5 - GreatCircle.distanceKm(a, b) / NEAR_KM; // the closer the likelier: a town beside its county's centre
    }
    return sameDivision ? 0.2 : 0;
  }

  /** Whether two places lie within 100 km of each other (a degree of latitude rules most out before the haversine). */
  static boolean near(Gazetteer.Entry a, Gazetteer.Entry b) {
    return Math.abs(a.place().latitude() - b.place().latitude()) < 1.0 && GreatCircle.distanceKm(a.place(), b.place()) < NEAR_KM;
  }

  /** Whether both lie in the same first-level division (state, province) of the same country. */
  static boolean sameDivision(Gazetteer.Entry a, Gazetteer.Entry b) {
    return !a.admin1().isEmpty() && a.admin1().equals(b.admin1()) && a.place().country().isPresent() && a.place().country().equals(b.place().country());
  }
}
