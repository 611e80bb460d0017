package dev.annals.coding.actors;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The kinds of state news refers back to by a word (actors/state-epithets.tsv): "the kingdom", "the emirate". */
final class StateEpithets {
  static final String RESOURCE = "dev/annals/coding/actors/state-epithets.tsv";
  private static final Map<String, Set<String>> COUNTRIES_BY_WORD = load();

  private StateEpithets() {}

  /** The states a word calls so: "kingdom" gives Saudi Arabia, Morocco, Jordan ...; none for other words. */
  static Set<String> countriesCalled(String word) {
    return COUNTRIES_BY_WORD.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> byWord = new HashMap<>();
    for (Row row : TsvFile.readResource(RESOURCE, 2)) {
      String word = row.field(0).strip();
      if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT))) {
        throw row.error("word must be lower case, was '" + word + "'");
      }
      Set<String> countries = Set.of(row.field(1).strip().split("\\|"));
      for (String iso3 : countries) {
        if (!iso3.matches("[A-Z]{3}")) {
          throw row.error("country must be an ISO-3 code, was '" + iso3 + "'");
        }
      }
      if (byWord.put(word, countries) != null) {
        throw row.error("word '" + word + "' appears twice");
      }
    }
    return Map.copyOf(byWord);
  }
}
