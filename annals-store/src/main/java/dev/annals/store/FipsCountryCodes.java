package dev.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 3166-1 alpha-3 country codes (what Annals stores) to FIPS 10-4 codes (what GDELT's geo
 * columns hold: GM for Germany, CH for China, RS for Russia, UK for the United Kingdom).
 *
 * <p>The table is the country list of the npm package country-code-lookup (MIT), which the build
 * fetches from the npm registry (annals-store's pom.xml) and packs as {@value #RESOURCE}. That
 * file is JavaScript: one object literal per country with {@code fips}, {@code iso2} and
 * {@code iso3} fields, read here with a pattern rather than a JavaScript engine.
 *
 * <p>Two of the ISO codes Annals knows have no FIPS code in that list, and their geo country cells
 * stay empty: the Federated States of Micronesia (FSM; the package leaves its fips field empty,
 * though FIPS 10-4 has FM) and the United States Minor Outlying Islands (UMI; FIPS 10-4 has no
 * code for them as a whole, only one per island).
 */
final class FipsCountryCodes {
  static final String RESOURCE = "country-code-lookup/index.js";
  /** Fewer countries than this means the package changed its format, not that the world shrank. */
  private static final int AT_LEAST = 200;
  private static final Pattern COUNTRY = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern FIELD = Pattern.compile("(\\w+)\\s*:\\s*(?:'([^']*)'|\"([^\"]*)\"|null)");
  private final Map<String, String> fipsByIso3;

  private FipsCountryCodes(Map<String, String> fipsByIso3) {
    this.fipsByIso3 = Map.copyOf(fipsByIso3);
  }

  /** The table of the packed resource, read on first use (an export in another format needs none). */
  static FipsCountryCodes shared() {
    return Shared.TABLE;
  }

  private static final class Shared {
    static final FipsCountryCodes TABLE = load();
  }

  /** The FIPS 10-4 code of a country given by its ISO-3 code; empty when there is none. */
  Optional<String> fips(String iso3) {
    return Optional.ofNullable(fipsByIso3.get(iso3.toUpperCase(Locale.ROOT)));
  }

  static FipsCountryCodes load() {
    try (InputStream in = FipsCountryCodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource dev/annals/store/" + RESOURCE + " is missing: the build fetches it "
            + "from the npm package country-code-lookup (run mvn without -o once)");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/annals/store/" + RESOURCE, e);
    }
  }

  /** Reads the package's country list; {@code origin} names the file in error messages. */
  static FipsCountryCodes parse(String javascript, String origin) {
    int list = javascript.indexOf("var countries = [");
    if (list < 0) {
      throw new IllegalArgumentException(origin + ": no 'var countries = [' list (has country-code-lookup changed its format?)");
    }
    Map<String, String> fipsByIso3 = new HashMap<>();
    Matcher country = COUNTRY.matcher(javascript);
    country.region(list, javascript.length());
    while (country.find()) {
      Map<String, String> fields = new HashMap<>();
      Matcher field = FIELD.matcher(country.group(1));
      while (field.find()) {
        String value = field.group(2) != null ? field.group(2) : field.group(3);
        if (value != null) {
          fields.put(field.group(1), value);
        }
      }
      String iso3 = fields.getOrDefault("iso3", "");
      String fips = fields.getOrDefault("fips", "");
      if (!iso3.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(origin + ": a country with no three-letter iso3 field: {" + country.group(1).strip() + "}");
      }
      if (!fips.isEmpty()) {
        if (!fips.matches("[A-Z]{2}")) {
          throw new IllegalArgumentException(origin + ": " + iso3 + " has fips '" + fips + "', not two capital letters");
        }
        fipsByIso3.put(iso3, fips);
      }
    }
    if (fipsByIso3.size() < AT_LEAST) {
      throw new IllegalArgumentException(origin + ": only " + fipsByIso3.size() + " countries with a FIPS code read, expected at least "
          + AT_LEAST + " (has country-code-lookup changed its format?)");
    }
    return new FipsCountryCodes(fipsByIso3);
  }
}
