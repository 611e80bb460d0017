package dev.annals.store;

import java.util.Optional;

/**
 * Which first-level division (a US state, a province) an event's place lies in, as the code GDELT
 * writes after the FIPS country code in its ADM1 columns: "CA" for California, so "USCA". The
 * store keeps a place's name, country and kind but not its division; whoever knows the divisions
 * (annals-app, from annals-coding's gazetteer files) hands them to {@link Exports}.
 */
@FunctionalInterface
public interface Divisions {
  /** Knows no division: GDELT's ADM1 columns then hold the country code alone. */
  Divisions NONE = (name, country, kind) -> Optional.empty();

  /**
   * @param name the place's name as stored ("California")
   * @param country its ISO-3 country code ("USA")
   * @param kind its kind as stored, lower case ("administrative_region", "city")
   * @return the division's code after the country's, empty when unknown
   */
  Optional<String> of(String name, String country, String kind);
}
