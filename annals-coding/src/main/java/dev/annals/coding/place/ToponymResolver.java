package dev.annals.coding.place;

import dev.annals.coding.actors.Country;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import dev.annals.model.PlaceMention;
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
  private static final int ROUNDS = 4;
  /** How many of the article's names the publisher's country is worth. */
  private static final double HOME_WEIGHT = 2.0;
  /** How sharply the readings' probabilities follow their scores. */
  private static final double SHARPNESS = 2.0;
  private final Gazetteer gazetteer;
  /** National capitals as "key|ISO-3": "Washington" alone is the capital before the state. */
  private final Set<String> capitals;
  private final ToponymFinder finder;
  private final WebDomainCountries domains;

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
    this.capitals = knowledge.capitals();
    this.finder = new ToponymFinder(knowledge);
    this.domains = WebDomainCountries.load(countries);
  }

  /** The places the text names, in text order. */
  public List<PlaceMention> resolve(AnnotatedText text) {
    List<Toponym> found = finder.find(text);
    return resolveToponyms(text, found, domains.publisherCountry(text.article()));
  }

  private List<PlaceMention> resolveToponyms(AnnotatedText text, List<Toponym> all, Optional<String> home) {
    List<Toponym> found = all.stream().filter(f -> !f.isLocalFeature()).toList();
    // One reading per name: group mentions by key; the readings of all are the same.
    Map<String, List<Gazetteer.Entry>> readings = new LinkedHashMap<>();
    Map<String, List<Gazetteer.Entry>> constrained = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      Toponym f = found.get(i);
      readings.putIfAbsent(f.key(), f.readings());
      // "Alexandria, La." / "Samarkand, Uzbekistan": the name lies in the state or country after it.
      if (i + 1 < found.size()) {
        Toponym next = found.get(i + 1);
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
    found.stream().filter(Toponym::weak).forEach(f -> weak.add(f.key()));
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
    Map<Toponym, Gazetteer.Entry> local = new LinkedHashMap<>();
    for (Toponym f : found) {
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
  private List<PlaceMention> features(AnnotatedText text, List<Toponym> all, Map<Toponym, Gazetteer.Entry> local) {
    Map<Place, Integer> named = new LinkedHashMap<>();
    local.values().forEach(e -> named.merge(e.place(), 1, Integer::sum));
    List<Place> articlePlaces = new ArrayList<>(named.keySet());
    articlePlaces.sort(java.util.Comparator.comparingInt((Place p) -> -named.get(p)));
    List<PlaceMention> features = new ArrayList<>();
    for (Toponym f : all) {
      if (!f.isLocalFeature()) {
        continue;
      }
      int sentence = text.tokens().get(f.first()).sentence();
      List<Toponym> near = new ArrayList<>();
      for (Toponym other : local.keySet()) {
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
