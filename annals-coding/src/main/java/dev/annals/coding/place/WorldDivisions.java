package dev.annals.coding.place;

import dev.annals.coding.knowledge.KnowledgeFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The provinces, states, regions and governorates of every country, as the npm package
 * country-state-city lists them (its {@code state.json}, from the countries-states-cities
 * database; GPL-3.0, fetched by the build): about 5,000 divisions with a middle point each.
 *
 * <p>News names a province far more often than the gazetteer's curated places can list ("police
 * in Guangdong province", "troops in Aceh province", "a court in Bolivar state"). These divisions
 * are read only where the name itself says it is a division ("X province", "X state"): many of
 * them share a bare name with a town or a word ("Central", "Lagos", "Sucre"), and a bare name keeps
 * the readings it has without them. Their codes are ISO 3166-2 codes, not the GeoNames admin-1
 * codes the cities carry, so they are never matched against a city's division.
 */
final class WorldDivisions {
  static final String RESOURCE = "dev/annals/coding/place/world-divisions.json";

  /**
   * Words after a name that make it a division: "Guangdong province", "Borno state". The list's
   * own names carry some of them ("Al Anbar Governorate", "Tigray Region"), which the key drops.
   */
  static final Set<String> DIVISION_WORDS = Set.of("province", "state", "region", "governorate", "oblast", "prefecture", "department", "district",
      "county", "municipality", "parish", "division", "voivodeship", "krai", "kraj", "canton", "territory", "zone");

  /** One division as listed: its name, country (ISO-2) and middle point. */
  record Division(String name, String iso2, double latitude, double longitude) {}

  private WorldDivisions() {}

  private static final class Shared {
    static final List<Division> INSTANCE = fromClasspath();
  }

  /** The divisions of the class path's list, read once per class loader. */
  static List<Division> shared() {
    return Shared.INSTANCE;
  }

  static List<Division> fromClasspath() {
    try (InputStream in = WorldDivisions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new KnowledgeFileException(RESOURCE + " is missing from the class path; the build of annals-coding fetches it"
            + " (npm package country-state-city): run mvn install once with the network");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the package's state.json: an array of {name, isoCode, countryCode, latitude, longitude}. */
  static List<Division> parse(String json) {
    try {
      List<Division> divisions = new ArrayList<>();
      for (Object item : (List<?>) MiniJson.parse(json)) {
        Map<?, ?> state = (Map<?, ?>) item;
        Object latitude = state.get("latitude");
        Object longitude = state.get("longitude");
        if (latitude == null || longitude == null) {
          continue; // a handful are listed without a point: nothing to place there
        }
        double lat = Double.parseDouble(latitude.toString());
        double lon = Double.parseDouble(longitude.toString());
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
          continue;
        }
        divisions.add(new Division((String) state.get("name"), (String) state.get("countryCode"), lat, lon));
      }
      return List.copyOf(divisions);
    } catch (IllegalStateException | ClassCastException | NullPointerException | NumberFormatException e) {
      throw new KnowledgeFileException(RESOURCE + ": not the state.json of country-state-city (" + e.getMessage() + ")");
    }
  }

  /**
   * The keys a division is found by: its name without a division word ("Al Anbar Governorate" is
   * "al anbar"), and without an Arabic article too ("anbar").
   */
  static List<String> keys(String name) {
    String key = withoutDivisionWord(PlaceNames.key(name));
    List<String> keys = new ArrayList<>(List.of(key));
    for (String article : List.of("al ", "al-", "as ", "ad ", "an ", "ar ", "ash ", "az ")) {
      if (key.startsWith(article) && key.length() > article.length() + 2) {
        keys.add(key.substring(article.length()));
      }
    }
    return keys;
  }

  /** "guangdong province" is "guangdong"; "tigray" stays. */
  static String withoutDivisionWord(String key) {
    int space = key.lastIndexOf(' ');
    return space > 0 && DIVISION_WORDS.contains(key.substring(space + 1)) ? key.substring(0, space) : key;
  }

  /** The name's key without its closing division word, if it has one ("Borno state"), else empty. */
  static Optional<String> divisionNameKey(String name) {
    String key = PlaceNames.key(name);
    String core = withoutDivisionWord(key);
    return core.equals(key) || core.isBlank() ? Optional.empty() : Optional.of(core);
  }
}
