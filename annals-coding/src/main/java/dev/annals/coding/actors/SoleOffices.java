package dev.annals.coding.actors;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Offices one state alone has (actors/sole-offices.tsv): "the pope" is the Holy See's, "the Taoiseach" Ireland's. */
final class SoleOffices {
  static final String RESOURCE = "dev/annals/coding/actors/sole-offices.tsv";
  private static final Map<String, Office> BY_TITLE = load();

  /** The state and the sector of an office's holder. */
  record Office(String country, String sector) {}

  private SoleOffices() {}

  /** The office the title names, if one state alone has it. */
  static Optional<Office> of(String title) {
    return Optional.ofNullable(BY_TITLE.get(title.toLowerCase(Locale.ROOT)));
  }

  private static Map<String, Office> load() {
    Map<String, Office> byTitle = new HashMap<>();
    for (Row row : TsvFile.readResource(RESOURCE, 3)) {
      String title = row.field(0).strip();
      String country = row.field(1).strip();
      String sector = row.field(2).strip();
      if (title.isEmpty() || !title.equals(title.toLowerCase(Locale.ROOT)) || title.contains(" ")) {
        throw row.error("title must be one lower-case word, was '" + title + "'");
      }
      if (!country.matches("[A-Z]{3}") || !sector.matches("[A-Z]{3}")) {
        throw row.error("country and sector must be three capitals, were '" + country + "' and '" + sector + "'");
      }
      if (byTitle.put(title, new Office(country, sector)) != null) {
        throw row.error("title '" + title + "' appears twice");
      }
    }
    return Map.copyOf(byTitle);
  }
}
