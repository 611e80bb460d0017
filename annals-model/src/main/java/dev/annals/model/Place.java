package dev.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A place on the earth.
 *
 * @param name its usual English name
 * @param country ISO-3 code of the country it lies in; empty for seas and regions beyond one country
 * @param latitude degrees north
 * @param longitude degrees east
 * @param kind what sort of place it is
 * @param population inhabitants where known, else 0; used to rank places of the same name
 */
public record Place(String name, Optional<String> country, double latitude, double longitude, PlaceKind kind, long population) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("bad coordinates for " + name + ": " + latitude + ", " + longitude);
    }
    if (population < 0) {
      throw new IllegalArgumentException("negative population for " + name);
    }
  }
}
