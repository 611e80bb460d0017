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
 * @param admin1 the first-level division it lies in (or is), as GeoNames codes it within the
 *     country: a US state's postal code ("TX"), elsewhere mostly the FIPS 10-4 division code
 *     ("02" for Bavaria); empty where unknown (countries, seas, regions)
 */
public record Place(String name, Optional<String> country, double latitude, double longitude, PlaceKind kind, long population,
    Optional<String> admin1) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(admin1, "admin1");
    if (admin1.isPresent() && admin1.get().isBlank()) {
      throw new IllegalArgumentException("blank admin-1 code for " + name + ": leave it empty instead");
    }
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("bad coordinates for " + name + ": " + latitude + ", " + longitude);
    }
    if (population < 0) {
      throw new IllegalArgumentException("negative population for " + name);
    }
  }

  /** A place whose first-level division is not known. */
  public Place(String name, Optional<String> country, double latitude, double longitude, PlaceKind kind, long population) {
    this(name, country, latitude, longitude, kind, population, Optional.empty());
  }
}
