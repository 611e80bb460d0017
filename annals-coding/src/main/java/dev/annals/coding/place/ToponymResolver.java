package dev.annals.coding.place;

import dev.annals.coding.actors.Country;
import dev.annals.model.AnnotatedText;
import dev.annals.model.EntityMention;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import dev.annals.model.PlaceMention;
import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every place an article names, found and resolved for the article as a whole (geoparsing).
 *
 * <p>Finding: a run of capitalised words that the gazetteer knows, the longest first, when the
 * language analysis tagged it a location or a proper noun and not a person; a country's adjective
 * ("Russian"); a state's abbreviation after a comma ("Gainesville, Ga."). A name followed by a
 * street word ("Dublin Road") is a street, not the place.
 *
 * <p>Resolving: one place per name in an article. A name followed by a comma and a state or
 * country ("Alexandria, La.") is looked up there. Otherwise each reading starts from a prior (a
 * country before a state before a city, a bigger city before a smaller) and gains from the other
 * names of the article: a reading in the same state or country as the others, or near them, wins
 * over a bigger namesake far away. So "Gainesville" beside "Hall County" and "Georgia" is the one
 * in Georgia, and "Georgia" beside "Tbilisi" the country.
 *
 * <p>Immutable and thread-safe.
 */
public final class ToponymResolver {
  private static final int LONGEST_NAME = 5;
  /** The key prefix of rivers, lakes, parks and townships the gazetteer does not know (LocalFeatures). */
  private static final String FEATURE = "feature:";
  private static final int MOST_READINGS = 30;
  private static final int ROUNDS = 4;
  /** How many of the article's names the publisher's country is worth. */
  private static final double HOME_WEIGHT = 2.0;
  /** How sharply the readings' probabilities follow their scores. */
  private static final double SHARPNESS = 2.0;
  /** Prepositions after which a proper noun the gazetteer knows is taken for a place: "in Arlington". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "through", "outside", "across", "around", "into",
      "toward", "towards", "throughout", "within", "between");
  /** What a US state calls its counties. */
  private static final Set<String> COUNTY_WORDS = Set.of("county", "counties", "parish", "parishes", "borough", "co", "co.");
  /** Words that qualify a place without being its name: "South Los Angeles", "Metro Vancouver". */
  private static final Set<String> QUALIFIERS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western",
      "central", "metro", "greater", "downtown", "upper", "lower", "suburban", "rural");
  /** Months and days: "in March" is a date whatever towns bear the name. */
  private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> INNER_WORDS = Set.of("of", "de", "del", "la", "upon", "on");

  private final Gazetteer gazetteer;
  /** Country adjectives and demonyms ("Russian", "Americans") by key. */
  private final Map<String, Place> adjectives;
  /** Countries by key of every name and short name ("United States", "U.S.", "America"). */
  private final Map<String, Place> countryNames;
  /** National capitals as "key|ISO-3": "Washington" alone is the capital before the state. */
  private final Set<String> capitals;
  /** Buildings and offices that stand for a government ("White House", "Kremlin"): no toponyms. */
  private final Set<String> metonyms;
  /** Names the article uses as places where the words around them leave no doubt. */
  private final PlaceContexts contexts;
  private final WebDomainCountries domains;

  /** Demonyms and adjectives of states, provinces and regions ("Ohioans", "South Ossetian") by key. */
  private final Map<String, Gazetteer.Entry> demonyms;

  /** Where the demonyms of places that are not countries are listed. */
  public static final String DEMONYMS_RESOURCE = ToponymKnowledge.DEMONYMS_RESOURCE;

  /** Where the country-code web domains that are not ISO-2 codes are listed. */
  public static final String COUNTRY_DOMAINS_RESOURCE = WebDomainCountries.COUNTRY_DOMAINS_RESOURCE;

  /**
   * @param gazetteer where names are looked up
   * @param countries the countries whose adjectives name them ("Russian" is Russia); their places
   *     are the gazetteer's country entries
   */
  public ToponymResolver(Gazetteer gazetteer, List<Country> countries) {
    ToponymKnowledge knowledge = ToponymKnowledge.load(gazetteer, countries);
    this.gazetteer = gazetteer;
    this.adjectives = knowledge.countryAdjectives();
    this.countryNames = knowledge.countryNames();
    this.capitals = knowledge.capitals();
    this.metonyms = knowledge.metonyms();
    this.demonyms = knowledge.demonyms();
    this.contexts = new PlaceContexts(gazetteer, countryNames::containsKey);
    this.domains = WebDomainCountries.load(countries);
  }

  /** The places the text names, in text order. */
  public List<PlaceMention> resolve(AnnotatedText text) {
    List<Found> found = find(text);
    return resolveFound(text, found, domains.publisherCountry(text.article()));
  }

  /** A name found in the text: its readings, best prior first, and whether it is fixed. */
  /**
   * A name found in the text with its readings, best prior first. A weak name is a proper noun
   * that only a city of the gazetteer bears and that the tagger did not call a location ("Police",
   * "Ford", "Mansfield"): it stays a place only when the article's other places vouch for it.
   */
  private record Found(int first, int end, Span span, String surface, String key, List<Gazetteer.Entry> readings, boolean weak) {
    Found(int first, int end, Span span, String surface, String key, List<Gazetteer.Entry> readings) {
      this(first, end, span, surface, key, readings, false);
    }
  }

  private List<Found> find(AnnotatedText text) {
    List<Token> tokens = text.tokens();
    String[] entityOf = new String[tokens.size()];
    Set<String> personNames = new java.util.HashSet<>();
    for (EntityMention mention : text.entities()) {
      for (int t = mention.firstToken(); t < mention.endToken() && t < tokens.size(); t++) {
        entityOf[t] = mention.type();
        if (mention.type().equals("PERSON")) {
          personNames.add(Gazetteer.key(tokens.get(t).text()));
        }
      }
    }
    PlaceContexts.Found inContext = contexts.find(text, entityOf);
    // The words the article writes in lower case: "city", "police", "union".
    Set<String> commonWords = new java.util.HashSet<>();
    for (Token token : tokens) {
      if (!token.text().isEmpty() && Character.isLowerCase(token.text().charAt(0))) {
        commonWords.add(token.text());
      }
    }
    List<Found> found = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      Map<Integer, Found> counties = coordinatedCounties(text, sentence);
      int t = sentence.firstToken();
      while (t < sentence.endToken()) {
        if (counties.containsKey(t)) {
          found.add(counties.get(t));
          t = counties.get(t).end();
          continue;
        }
        int run = t;
        while (run < sentence.endToken() && capitalised(tokens.get(run).text())) {
          run++;
        }
        if (StreetNames.isStreet(tokens, t, run, sentence)) {
          t = run; // "Dublin Road", "Townmead Road Recycling Centre": a street, not the place
          continue;
        }
        Optional<Found> match = Optional.empty();
        Optional<Integer> featureEnd = LocalFeatures.endAt(tokens, t, sentence);
        if (featureEnd.isPresent()) {
          // "Elbow Lake" and "Goose Creek" are towns the gazetteer knows; "Kanawha River" is a river it does not.
          int start = t;
          match = match(text, entityOf, t, featureEnd.get(), sentence, commonWords, inContext)
              .or(() -> feature(text, entityOf, start, featureEnd.get()));
        }
        for (int length = Math.min(LONGEST_NAME, sentence.endToken() - t); length >= 1 && match.isEmpty(); length--) {
          match = match(text, entityOf, t, t + length, sentence, commonWords, inContext);
        }
        // "Jim Webb ... Webb said": a weak name that is part of a person's name here is that person.
        if (match.isPresent() && match.get().weak() && personNames.contains(match.get().key())) {
          match = Optional.empty();
        }
        if (match.isPresent()) {
          found.add(match.get());
          t = match.get().end();
        } else {
          t++;
        }
      }
    }
    return countiesByShortName(text, entityOf, found);
  }

  /** A river, lake, park or township the gazetteer does not know, unless the tagger took its words for a person's ("Ricki Lake"). */
  private static Optional<Found> feature(AnnotatedText text, String[] entityOf, int first, int end) {
    for (int t = first; t < end; t++) {
      if ("PERSON".equals(entityOf[t])) {
        return Optional.empty();
      }
    }
    Span span = new Span(text.tokens().get(first).span().start(), text.tokens().get(end - 1).span().end());
    String surface = span.of(text.text());
    return Optional.of(new Found(first, end, span, surface, FEATURE + Gazetteer.key(surface), List.of()));
  }

  /**
   * "Kanawha" in an article that names "Kanawha County": the county, though the name alone is no
   * place the gazetteer knows, or only a town far away. A strong reading of the short name (a
   * location the tagger found, "in DeKalb") stays as it is; a weak one gives way.
   */
  private List<Found> countiesByShortName(AnnotatedText text, String[] entityOf, List<Found> found) {
    Map<String, Found> countyOf = new HashMap<>();
    for (Found f : found) {
      int space = f.surface().lastIndexOf(' ');
      boolean county = space > 0 && !f.readings().isEmpty() && f.readings().stream()
          .allMatch(e -> e.place().kind() == PlaceKind.ADMINISTRATIVE_REGION && !e.firstLevel() && e.place().country().equals(Optional.of("USA")));
      String word = space > 0 ? f.surface().substring(space + 1).toLowerCase(java.util.Locale.ROOT) : "";
      if (county && (word.equals("county") || word.equals("parish") || word.equals("borough"))) {
        countyOf.putIfAbsent(Gazetteer.key(f.surface().substring(0, space)), f);
      }
    }
    if (countyOf.isEmpty()) {
      return found;
    }
    List<Token> tokens = text.tokens();
    Found[] at = new Found[tokens.size()];
    for (Found f : found) {
      for (int t = f.first(); t < f.end(); t++) {
        at[t] = f;
      }
    }
    List<Found> result = new ArrayList<>(found);
    for (Sentence sentence : text.sentences()) {
      for (int first = sentence.firstToken(); first < sentence.endToken(); first++) {
        if (!capitalised(tokens.get(first).text()) || (first > sentence.firstToken() && capitalised(tokens.get(first - 1).text()))) {
          continue;
        }
        for (int end = Math.min(sentence.endToken(), first + 3); end > first; end--) {
          Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
          Found county = countyOf.get(Gazetteer.key(span.of(text.text())));
          if (county == null || (end < sentence.endToken() && COUNTY_WORDS.contains(tokens.get(end).text().toLowerCase(java.util.Locale.ROOT)))) {
            continue;
          }
          boolean free = true;
          boolean person = false;
          for (int t = first; t < end; t++) {
            free &= at[t] == null || (at[t].weak() && at[t].first() >= first && at[t].end() <= end);
            person |= "PERSON".equals(entityOf[t]);
          }
          if (free && !person) {
            for (int t = first; t < end; t++) {
              result.remove(at[t]);
            }
            result.add(new Found(first, end, span, span.of(text.text()), county.key(), county.readings()));
          }
          break;
        }
      }
    }
    // A strong mention of the short name ("in Osceola" beside "Osceola County") may be the town or
    // the county: both readings stay, and the article's places choose.
    for (int i = 0; i < result.size(); i++) {
      Found f = result.get(i);
      Found county = countyOf.get(f.key());
      if (county != null && !f.weak() && f != county && f.readings().stream().noneMatch(county.readings()::contains)) {
        List<Gazetteer.Entry> both = new ArrayList<>(county.readings());
        both.addAll(f.readings());
        result.set(i, new Found(f.first(), f.end(), f.span(), f.surface(), f.key(), both, false));
      }
    }
    result.sort(java.util.Comparator.comparingInt(Found::first));
    return result;
  }

  private Optional<Found> match(AnnotatedText text, String[] entityOf, int first, int end, Sentence sentence, Set<String> commonWords,
      PlaceContexts.Found inContext) {
    List<Token> tokens = text.tokens();
    Token head = tokens.get(first);
    Token last = tokens.get(end - 1);
    if (!capitalised(head.text()) || !capitalised(last.text())) {
      return Optional.empty();
    }
    if (end - first > 1 && head.text().equalsIgnoreCase("the")) {
      return Optional.empty(); // "The Mansfield Police Department": the name starts after the article
    }
    for (int t = first + 1; t < end - 1; t++) {
      if (!capitalised(tokens.get(t).text()) && !INNER_WORDS.contains(tokens.get(t).text())) {
        return Optional.empty();
      }
    }
    Span span = new Span(head.span().start(), last.span().end());
    String surface = span.of(text.text());
    Optional<StateAbbreviations.StateMention> abbreviated = StateAbbreviations.at(gazetteer, tokens, first, end, sentence);
    if (abbreviated.isPresent()) {
      StateAbbreviations.StateMention state = abbreviated.get();
      return Optional.of(new Found(first, end, state.span(), state.written(), "state:" + state.state().admin1(), List.of(state.state())));
    }
    Place adjectiveOf = adjectives.get(Gazetteer.key(surface));
    if (adjectiveOf != null && !"PERSON".equals(entityOf[first])) {
      // "Russian", "Sri Lankan": the country, fixed; kept apart from the name "Russia", whose readings are open.
      return Optional.of(new Found(first, end, span, surface, "country:" + adjectiveOf.country().orElse(adjectiveOf.name()),
          List.of(new Gazetteer.Entry(adjectiveOf, ""))));
    }
    boolean person = false;
    boolean location = false;
    boolean proper = true;
    for (int t = first; t < end; t++) {
      person |= "PERSON".equals(entityOf[t]);
      location |= "LOCATION".equals(entityOf[t]);
      proper &= tokens.get(t).isProperNoun() || INNER_WORDS.contains(tokens.get(t).text());
    }
    boolean placeInContext = inContext.places().contains(Gazetteer.key(surface));
    if (placeInContext) {
      person = false; // "Mansfield" in an article whose dateline is "MANSFIELD --"
      location = true;
    }
    if (person) {
      return Optional.empty();
    }
    Gazetteer.Entry demonymOf = demonyms.get(Gazetteer.key(surface));
    if (demonymOf != null) {
      // "Ohioans", "South Ossetian": the state or region, fixed, as a country's adjective is.
      return Optional.of(new Found(first, end, span, surface, "demonym:" + Gazetteer.key(demonymOf.place().name()) + "|" + demonymOf.admin1(),
          List.of(demonymOf)));
    }
    if (metonyms.contains(Gazetteer.key(surface))) {
      return Optional.empty();
    }
    List<Gazetteer.Entry> readings = gazetteer.entries(surface);
    Place country = countryNames.get(Gazetteer.key(surface));
    if (country != null && readings.stream().noneMatch(e -> e.place().equals(country))) {
      List<Gazetteer.Entry> withCountry = new ArrayList<>();
      withCountry.add(new Gazetteer.Entry(country, ""));
      withCountry.addAll(readings);
      readings = withCountry;
    }
    if (inContext.districts().contains(Gazetteer.key(surface))) {
      // "D-Braxton": the legislator's county as well as any town of the name.
      List<Gazetteer.Entry> withCounties = new ArrayList<>(readings);
      gazetteer.entries(surface + " County").stream().filter(e -> !withCounties.contains(e)).forEach(withCounties::add);
      readings = withCounties;
    }
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    // Countries, states, counties and named regions are names whatever the tagger thought of
    // their words ("Otter Tail County"); a city needs a proper noun or a location tag.
    boolean curated = readings.stream().anyMatch(e -> e.place().kind() != PlaceKind.CITY);
    if (!location && !proper && !curated) {
      return Optional.empty();
    }
    boolean afterQualifier = first > sentence.firstToken() && QUALIFIERS.contains(Gazetteer.key(tokens.get(first - 1).text()));
    boolean insideName = !afterQualifier && nameWordBefore(tokens, first, sentence) && entityOf[first] != null
        && entityOf[first].equals(entityOf[first - 1]);
    if (!curated && insideName && !placeInContext) {
      return Optional.empty(); // "City" in "Kanawha City", "National Park" in "Zion National Park"
    }
    if (!curated && !location && end - first == 1 && commonWords.contains(surface.toLowerCase(java.util.Locale.ROOT))) {
      // "City" in "at City Hall" where the article also writes "the city": a common noun in a
      // title, though a suburb of Canberra bears it.
      return Optional.empty();
    }
    if (!curated && end - first == 1 && StreetNames.streetWord(head)) {
      return Optional.empty(); // "the 35th Street Bridge"
    }
    if (!curated && !location && CALENDAR_WORDS.contains(Gazetteer.key(surface))) {
      return Optional.empty();
    }
    boolean weak = !location && !curated && !afterQualifier && !PlaceContexts.dateline(tokens, first, end, sentence) && !afterPlacePreposition(tokens, first, sentence);
    if (weak && nameWordBefore(tokens, first, sentence)) {
      return Optional.empty(); // "City" and "Council" in "the Gainesville City Council"
    }
    boolean capitalisedAfter = end < sentence.endToken() && capitalised(tokens.get(end).text());
    if (!curated && end - first == 1 && QUALIFIERS.contains(Gazetteer.key(surface)) && capitalisedAfter) {
      return Optional.empty(); // "West Wichita", "the North Central Regional Jail": a qualifier of the next name
    }
    if (weak && end + 1 < sentence.endToken() && (tokens.get(end).text().equals("&")
        || (tokens.get(end).text().equals("of") && capitalised(tokens.get(end + 1).text())))) {
      return Optional.empty(); // "Church of Our Lady", "Church & State": the start of a longer name
    }
    if (readings.size() > MOST_READINGS) {
      readings = readings.subList(0, MOST_READINGS);
    }
    return Optional.of(new Found(first, end, span, surface, Gazetteer.key(surface), readings, weak));
  }

  /**
   * "Jackson and Barrow counties", "Hall, Banks and Dawson counties": each name is a county.
   * Keyed by the first token of each name.
   */
  private Map<Integer, Found> coordinatedCounties(AnnotatedText text, Sentence sentence) {
    Map<Integer, Found> counties = new HashMap<>();
    List<Token> tokens = text.tokens();
    for (int c = sentence.firstToken() + 1; c < sentence.endToken(); c++) {
      String word = tokens.get(c).text();
      if (!word.equals("counties") && !word.equals("parishes") && !word.equals("Counties") && !word.equals("Parishes")) {
        continue;
      }
      String countyWord = word.toLowerCase(java.util.Locale.ROOT).startsWith("parish") ? "Parish" : "County";
      int end = c;
      int t = c - 1;
      while (t >= sentence.firstToken()) {
        int nameEnd = t + 1;
        while (t >= sentence.firstToken() && capitalised(tokens.get(t).text())) {
          t--;
        }
        int nameStart = t + 1;
        if (nameStart == nameEnd) {
          break;
        }
        Span span = new Span(tokens.get(nameStart).span().start(), tokens.get(nameEnd - 1).span().end());
        String name = span.of(text.text());
        List<Gazetteer.Entry> readings = gazetteer.entries(name + " " + countyWord).stream()
            .filter(e -> e.place().kind() == PlaceKind.ADMINISTRATIVE_REGION).toList();
        // "surrounding Indiana counties": the counties of a state, not Indiana County.
        boolean state = gazetteer.usState(name).isPresent() && nameEnd == c;
        if (!readings.isEmpty() && !state) {
          counties.put(nameStart, new Found(nameStart, nameEnd, span, name, Gazetteer.key(name + " " + countyWord), readings));
        }
        if (t < sentence.firstToken()) {
          break;
        }
        String joiner = tokens.get(t).text();
        if (!joiner.equals(",") && !joiner.equals("and") && !joiner.equals("or") && !joiner.equals("&")) {
          break;
        }
        t--;
        if (t >= sentence.firstToken() && (tokens.get(t).text().equals("and") || tokens.get(t).text().equals("or"))) {
          t--; // the Oxford comma: "Hall, Banks, and Dawson counties"
        }
      }
      c = end;
    }
    return counties;
  }

  /** "in Arlington", "through Monroe", "in suburban Atlanta", "in north DeKalb". */
  private static boolean afterPlacePreposition(List<Token> tokens, int first, Sentence sentence) {
    int before = first - 1;
    if (before >= sentence.firstToken() && tokens.get(before).tag().startsWith("JJ") && !capitalised(tokens.get(before).text())) {
      before--;
    }
    return before >= sentence.firstToken() && PLACE_PREPOSITIONS.contains(tokens.get(before).text().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the word before token {@code first} may belong to the same name: capitalised, and no
   * article or day ("The Athens Police Department", "Sunday Alexandria Police went").
   */
  private static boolean nameWordBefore(List<Token> tokens, int first, Sentence sentence) {
    if (first == sentence.firstToken()) {
      return false;
    }
    Token before = tokens.get(first - 1);
    return capitalised(before.text()) && !before.tag().equals("DT") && !CALENDAR_WORDS.contains(Gazetteer.key(before.text()));
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private List<PlaceMention> resolveFound(AnnotatedText text, List<Found> all, Optional<String> home) {
    List<Found> found = all.stream().filter(f -> !f.key().startsWith(FEATURE)).toList();
    // One reading per name: group mentions by key; the readings of all are the same.
    Map<String, List<Gazetteer.Entry>> readings = new LinkedHashMap<>();
    Map<String, List<Gazetteer.Entry>> constrained = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      readings.putIfAbsent(f.key(), f.readings());
      // "Alexandria, La." / "Samarkand, Uzbekistan": the name lies in the state or country after it.
      if (i + 1 < found.size()) {
        Found next = found.get(i + 1);
        Optional<Gazetteer.Entry> container = next.readings().stream()
            .filter(e -> e.firstLevel() || e.place().kind() == PlaceKind.COUNTRY).findFirst();
        if (next.first() == f.end() + 1 && text.tokens().get(f.end()).text().equals(",") && container.isPresent()) {
          List<Gazetteer.Entry> within = within(f.readings(), container.get());
          if (!within.isEmpty()) {
            constrained.merge(f.key(), within, (a, b) -> a);
            constrained.putIfAbsent(next.key(), List.of(container.get()));
          }
        }
      }
    }
    constrained.forEach(readings::put);
    // A name is weak only when every mention of it is.
    Set<String> weak = new java.util.HashSet<>();
    found.stream().filter(Found::weak).forEach(f -> weak.add(f.key()));
    found.stream().filter(f -> !f.weak()).forEach(f -> weak.remove(f.key()));
    weak.removeAll(constrained.keySet());
    List<String> keys = new ArrayList<>(readings.keySet());
    Map<String, Gazetteer.Entry> pick = resolveNames(keys, readings, weak, home);
    Set<String> vouched = new java.util.HashSet<>();
    if (weak.size() == keys.size()) {
      vouched.addAll(weak); // nothing else to go by: the only proper nouns the gazetteer knows
    }
    for (String key : weak) {
      Gazetteer.Entry place = pick.get(key);
      for (String other : keys) {
        if (!weak.contains(other) && !other.equals(key) && vouches(pick.get(other), place)) {
          vouched.add(key);
          break;
        }
      }
    }
    List<PlaceMention> mentions = new ArrayList<>();
    Map<Found, Gazetteer.Entry> local = new LinkedHashMap<>();
    for (Found f : found) {
      if (!weak.contains(f.key()) || vouched.contains(f.key())) {
        Gazetteer.Entry place = pick.get(f.key());
        mentions.add(new PlaceMention(f.span(), f.surface(), place.place()));
        PlaceKind kind = place.place().kind();
        if (!place.firstLevel() && (kind == PlaceKind.CITY || kind == PlaceKind.ADMINISTRATIVE_REGION)) {
          local.put(f, place);
        }
      }
    }
    if (found.size() < all.size()) {
      mentions.addAll(features(text, all, local));
      mentions.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
    }
    return mentions;
  }

  /** The rivers, lakes, parks and townships of the article the gazetteer does not know, put by the article's local places. */
  private List<PlaceMention> features(AnnotatedText text, List<Found> all, Map<Found, Gazetteer.Entry> local) {
    Map<Place, Integer> named = new LinkedHashMap<>();
    local.values().forEach(e -> named.merge(e.place(), 1, Integer::sum));
    List<Place> articlePlaces = new ArrayList<>(named.keySet());
    articlePlaces.sort(java.util.Comparator.comparingInt((Place p) -> -named.get(p)));
    List<PlaceMention> features = new ArrayList<>();
    for (Found f : all) {
      if (!f.key().startsWith(FEATURE)) {
        continue;
      }
      int sentence = text.tokens().get(f.first()).sentence();
      List<Found> near = new ArrayList<>();
      for (Found other : local.keySet()) {
        if (text.tokens().get(other.first()).sentence() == sentence) {
          near.add(other);
        }
      }
      near.sort(java.util.Comparator.comparingInt(o -> Math.abs(o.first() - f.first())));
      List<Place> sentencePlaces = near.stream().map(o -> local.get(o).place()).toList();
      List<Gazetteer.Entry> namesake = gazetteer.entries(LocalFeatures.innerName(f.surface())).stream()
          .filter(e -> !e.firstLevel() && (e.place().kind() == PlaceKind.CITY || e.place().kind() == PlaceKind.ADMINISTRATIVE_REGION)).toList();
      LocalFeatures.place(f.surface(), namesake, sentencePlaces, articlePlaces)
          .ifPresent(place -> features.add(new PlaceMention(f.span(), f.surface(), place)));
    }
    return features;
  }

  /** The readings that lie in the given division or country, in their order. */
  private static List<Gazetteer.Entry> within(List<Gazetteer.Entry> readings, Gazetteer.Entry container) {
    Place place = container.place();
    List<Gazetteer.Entry> inside = new ArrayList<>();
    for (Gazetteer.Entry reading : readings) {
      boolean sameCountry = place.country().isPresent() && reading.place().country().equals(place.country());
      if (place.kind() == PlaceKind.COUNTRY && sameCountry && reading.place().kind() != PlaceKind.COUNTRY) {
        inside.add(reading);
      } else if (container.firstLevel() && sameCountry && reading.admin1().equals(container.admin1()) && reading != container) {
        inside.add(reading);
      }
    }
    return inside;
  }

  /** Whether a sure place of the article makes a weak name's place credible: the same division, or near. */
  private static boolean vouches(Gazetteer.Entry sure, Gazetteer.Entry weak) {
    if (sameDivision(sure, weak)) {
      return true;
    }
    return sure.place().kind() != PlaceKind.COUNTRY && distanceKm(sure.place(), weak.place()) < 100;
  }

  private static boolean sameDivision(Gazetteer.Entry a, Gazetteer.Entry b) {
    return !a.admin1().isEmpty() && a.admin1().equals(b.admin1()) && a.place().country().isPresent() && a.place().country().equals(b.place().country());
  }

  /**
   * Reads all names together. Each reading of a name has a probability, at first from its prior
   * (softmax); in each round a reading gains the expected affinity of the other names' readings
   * (same division, near: names that cluster on the map are read together) and the share of the
   * article's names in its country, and the probabilities are recomputed. Soft rather than hard
   * picks, so that one early wrong pick does not drag its neighbours along.
   */
  private Map<String, Gazetteer.Entry> resolveNames(List<String> keys, Map<String, List<Gazetteer.Entry>> readings, Set<String> weak,
      Optional<String> home) {
    Map<String, double[]> base = new HashMap<>();
    Map<String, double[]> probability = new HashMap<>();
    for (String key : keys) {
      List<Gazetteer.Entry> list = readings.get(key);
      double[] scores = new double[list.size()];
      for (int i = 0; i < scores.length; i++) {
        Gazetteer.Entry reading = list.get(i);
        scores[i] = prior(reading);
        if (reading.place().kind() == PlaceKind.CITY && capitals.contains(key + "|" + reading.place().country().orElse(""))) {
          scores[i] += 1.0;
        }
      }
      base.put(key, scores);
      probability.put(key, softmax(scores));
    }
    Map<String, double[]> scored = base;
    for (int round = 0; round < ROUNDS; round++) {
      Map<String, double[]> next = new HashMap<>();
      for (String key : keys) {
        List<Gazetteer.Entry> list = readings.get(key);
        // The article's countries, as the other sure names probably read.
        Map<String, Double> countries = new HashMap<>();
        Map<String, Double> divisions = new HashMap<>();
        int named = 0;
        if (home.isPresent()) {
          // The publisher's country counts as one more name of the article: a weak prior.
          countries.put(home.get(), HOME_WEIGHT);
          named++;
        }
        for (String other : keys) {
          if (other.equals(key) || weak.contains(other)) {
            continue;
          }
          named++;
          double[] p = probability.get(other);
          List<Gazetteer.Entry> otherReadings = readings.get(other);
          for (int j = 0; j < p.length; j++) {
            int index = j;
            Gazetteer.Entry o = otherReadings.get(j);
            o.place().country().ifPresent(c -> countries.merge(c, p[index], Double::sum));
            RegionShares.addDivision(divisions, o, p[index]);
          }
        }
        double[] scores = base.get(key).clone();
        boolean countryName = list.stream().anyMatch(e -> e.place().kind() == PlaceKind.COUNTRY);
        for (int i = 0; i < scores.length; i++) {
          Gazetteer.Entry reading = list.get(i);
          double support = 0;
          for (String other : keys) {
            if (other.equals(key)) {
              continue;
            }
            double[] p = probability.get(other);
            List<Gazetteer.Entry> otherReadings = readings.get(other);
            double expected = 0;
            double possible = 0;
            for (int j = 0; j < p.length; j++) {
              double affinity = affinity(reading, otherReadings.get(j));
              if (countryName && reading.place().kind() != PlaceKind.COUNTRY && affinity > 0 && !near(reading, otherReadings.get(j))) {
                // "China" in a story from Texas: the state alone does not make it China, Texas.
                affinity = Math.min(affinity, 0.2);
              }
              expected += p[j] * affinity;
              possible = Math.max(possible, affinity);
            }
            // What the other name could be counts too, less when many places bear it: a second
            // name that can lie next to this reading is evidence however unlikely it looked alone
            // ("Richmond" beside "Madison County": the two in Kentucky lie 5 km apart, while a
            // chance namesake that close is rare). Spatial minimality: readings that put the
            // article's names close together win.
            double fromAny = 1.5 * possible / Math.sqrt(Math.max(1.0, otherReadings.size() / 3.0));
            double from = Math.max(expected, fromAny);
            support += weak.contains(other) ? 0.5 * from : from;
          }
          // As for affinity, the state alone does not make "China" China, Texas.
          double division = countryName ? 0 : RegionShares.divisionShare(reading, divisions, named);
          scores[i] += Math.min(4.0, support) + RegionShares.countryShare(reading, countries, named) + division;
        }
        next.put(key, scores);
      }
      scored = next;
      for (String key : keys) {
        probability.put(key, softmax(scored.get(key)));
      }
    }
    Map<String, Gazetteer.Entry> pick = new HashMap<>();
    for (String key : keys) {
      double[] scores = scored.get(key);
      int best = 0;
      for (int i = 1; i < scores.length; i++) {
        if (scores[i] > scores[best]) {
          best = i;
        }
      }
      pick.put(key, readings.get(key).get(best));
    }
    return pick;
  }

  private static double[] softmax(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double score : scores) {
      max = Math.max(max, score);
    }
    double[] p = new double[scores.length];
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      p[i] = Math.exp(SHARPNESS * (scores[i] - max));
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** How likely a reading is before looking at the rest of the article. */
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
      return a.kind() != PlaceKind.COUNTRY && distanceKm(a, b) < 100 ? 0.7 : 0;
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
    if (Math.abs(a.latitude() - b.latitude()) < 1.0 && distanceKm(a, b) < 100) {
      return 1.5 - distanceKm(a, b) / 100; // the closer the likelier: a town beside its county's centre
    }
    return sameDivision ? 0.2 : 0;
  }

  /** Whether two places lie within 100 km of each other. */
  private static boolean near(Gazetteer.Entry a, Gazetteer.Entry b) {
    return Math.abs(a.place().latitude() - b.place().latitude()) < 1.0 && distanceKm(a.place(), b.place()) < 100;
  }

  /** Great-circle distance in kilometres; kept for callers outside the package (see {@link GreatCircle}). */
  public static double distanceKm(Place a, Place b) {
    return GreatCircle.distanceKm(a, b);
  }

  /** Great-circle distance in kilometres between two points given in degrees. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    return GreatCircle.distanceKm(lat1, lon1, lat2, lon2);
  }
}
