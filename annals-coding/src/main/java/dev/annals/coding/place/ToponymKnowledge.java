package dev.annals.coding.place;

import dev.annals.coding.actors.Country;
import dev.annals.coding.knowledge.TsvFile;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the toponym resolver knows of names besides the gazetteer's places: the countries' names,
 * adjectives, capitals and metonyms (from the actor dictionary's countries), and the demonyms of
 * states and regions ({@value #DEMONYMS_RESOURCE}). All maps are keyed by {@link Gazetteer#key}.
 *
 * @param gazetteer where names are looked up
 * @param countryAdjectives country adjectives and demonyms ("Russian", "Americans") by key
 * @param countryNames countries by key of every name and short name ("United States", "U.S.", "America")
 * @param capitals national capitals as "key|ISO-3": "Washington" alone is the capital before the state
 * @param metonyms buildings and offices that stand for a government ("White House", "Kremlin"): no toponyms
 * @param demonyms demonyms and adjectives of states, provinces and regions ("Ohioans", "South Ossetian") by key
 */
record ToponymKnowledge(Gazetteer gazetteer, Map<String, Place> countryAdjectives, Map<String, Place> countryNames, Set<String> capitals,
    Set<String> metonyms, Map<String, Gazetteer.Entry> demonyms) {

  /** Where the demonyms of places that are not countries are listed. */
  static final String DEMONYMS_RESOURCE = "dev/annals/coding/place/demonyms.tsv";

  ToponymKnowledge {
    Objects.requireNonNull(gazetteer, "gazetteer");
    countryAdjectives = Map.copyOf(countryAdjectives);
    countryNames = Map.copyOf(countryNames);
    capitals = Set.copyOf(capitals);
    metonyms = Set.copyOf(metonyms);
    demonyms = Map.copyOf(demonyms);
  }

  /**
   * @param gazetteer where names are looked up
   * @param countries the countries whose adjectives name them ("Russian" is Russia); their places
   *     are the gazetteer's country entries
   * @throws dev.annals.coding.knowledge.KnowledgeFileException when {@value #DEMONYMS_RESOURCE} names a place the gazetteer lacks
   */
  static ToponymKnowledge load(Gazetteer gazetteer, List<Country> countries) {
    Map<String, Place> byAdjective = new HashMap<>();
    Map<String, Place> byName = new HashMap<>();
    Set<String> capitalKeys = new HashSet<>();
    Set<String> metonymKeys = new HashSet<>();
    for (Country country : countries) {
      for (String metonym : country.metonyms()) {
        // "Kiev" beside the capital "Kyiv" is the city; "White House" is no town of 10,000.
        boolean city = gazetteer.lookup(metonym, country.iso3()).stream()
            .anyMatch(p -> p.kind() == PlaceKind.CITY && (p.population() == 0 || p.population() >= 100_000));
        if (!city && !Gazetteer.key(metonym).equals(Gazetteer.key(country.capital()))) {
          metonymKeys.add(Gazetteer.key(metonym));
        }
      }
      capitalKeys.add(Gazetteer.key(country.capital()) + "|" + country.iso3());
      Optional<Place> place = gazetteer.lookup(country.name(), country.iso3()).stream().filter(p -> p.kind() == PlaceKind.COUNTRY).findFirst();
      if (place.isEmpty()) {
        continue;
      }
      for (String adjective : country.adjectives()) {
        byAdjective.putIfAbsent(Gazetteer.key(adjective), place.get());
      }
      byName.putIfAbsent(Gazetteer.key(country.name()), place.get());
      for (String name : country.names()) {
        byName.putIfAbsent(Gazetteer.key(name), place.get());
      }
    }
    // A capital is never a metonym, whichever country's metonyms list its name.
    metonymKeys.removeAll(capitalKeys.stream().map(k -> k.substring(0, k.indexOf('|'))).toList());
    return new ToponymKnowledge(gazetteer, byAdjective, byName, capitalKeys, metonymKeys, demonyms(gazetteer, byAdjective));
  }

  /** The demonyms of states and regions; a word that is a country's adjective too names the country. */
  private static Map<String, Gazetteer.Entry> demonyms(Gazetteer gazetteer, Map<String, Place> countryAdjectives) {
    Map<String, Gazetteer.Entry> byDemonym = new HashMap<>();
    for (TsvFile.Row row : TsvFile.readResource(DEMONYMS_RESOURCE, 2)) {
      String name = row.optional(0).orElseThrow(() -> row.error("the place is empty"));
      Gazetteer.Entry place = gazetteer.entries(name).stream().filter(e -> e.place().kind() != PlaceKind.CITY).findFirst()
          .orElseThrow(() -> row.error("the gazetteer knows no state, province, region or country called '" + name + "'"));
      if (row.values(1).isEmpty()) {
        throw row.error("no demonyms for " + name);
      }
      for (String demonym : row.values(1)) {
        if (!countryAdjectives.containsKey(Gazetteer.key(demonym))) {
          byDemonym.putIfAbsent(Gazetteer.key(demonym), place);
        }
      }
    }
    return byDemonym;
  }

  /** Whether a city reading of the name with this key is its country's capital. */
  boolean isCapital(String key, Gazetteer.Entry reading) {
    return reading.place().kind() == PlaceKind.CITY && capitals.contains(key + "|" + reading.place().country().orElse(""));
  }
}
