package dev.annals.coding.place;

import dev.annals.coding.actors.Country;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import dev.annals.model.PlaceMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every place an article names, found and resolved for the article as a whole (geoparsing).
 *
 * <p>Finding ({@link ToponymFinder}): a run of capitalised words that the gazetteer knows, the
 * longest first, when the language analysis tagged it a location or a proper noun and not a
 * person; a country's adjective ("Russian"); a state's abbreviation after a comma ("Gainesville,
 * Ga."). A name followed by a street word ("Dublin Road") is a street, not the place.
 *
 * <p>Resolving: one place per name in an article. A name followed by a comma and a state or
 * country ("Alexandria, La.") is looked up there ({@link CommaContainers}). Otherwise each reading
 * starts from a prior (a country before a state before a city, a bigger city before a smaller) and
 * gains from the other names of the article ({@link JointReading}): a reading in the same state or
 * country as the others, or near them, wins over a bigger namesake far away. So "Gainesville"
 * beside "Hall County" and "Georgia" is the one in Georgia, and "Georgia" beside "Tbilisi" the
 * country. Weak names stay only where sure ones vouch for them ({@link WeakNames}); rivers and
 * parks the gazetteer does not know are put by the article's places ({@link LocalFeatures}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ToponymResolver {
  /** Where the demonyms of places that are not countries are listed. */
  public static final String DEMONYMS_RESOURCE = ToponymKnowledge.DEMONYMS_RESOURCE;

  /** Where the country-code web domains that are not ISO-2 codes are listed. */
  public static final String COUNTRY_DOMAINS_RESOURCE = WebDomainCountries.COUNTRY_DOMAINS_RESOURCE;

  private final Gazetteer gazetteer;
  private final ToponymFinder finder;
  private final JointReading jointReading;
  private final WebDomainCountries domains;

  /**
   * @param gazetteer where names are looked up
   * @param countries the countries whose adjectives name them ("Russian" is Russia); their places
   *     are the gazetteer's country entries
   */
  public ToponymResolver(Gazetteer gazetteer, List<Country> countries) {
    ToponymKnowledge knowledge = ToponymKnowledge.load(gazetteer, countries);
    this.gazetteer = gazetteer;
    this.finder = new ToponymFinder(knowledge);
    this.jointReading = new JointReading(knowledge);
    this.domains = WebDomainCountries.load(countries);
  }

  /** The places the text names, in text order. */
  public List<PlaceMention> resolve(AnnotatedText text) {
    List<Toponym> all = finder.find(text);
    Optional<String> home = domains.publisherCountry(text.article());
    List<Toponym> found = all.stream().filter(f -> !f.isLocalFeature()).toList();
    // One reading per name: group mentions by key; the readings of all are the same.
    Map<String, List<Gazetteer.Entry>> readings = new LinkedHashMap<>();
    for (Toponym f : found) {
      readings.putIfAbsent(f.key(), f.readings());
    }
    Map<String, List<Gazetteer.Entry>> fixed = CommaContainers.fixedReadings(text, found);
    fixed.forEach(readings::put);
    Set<String> weak = WeakNames.weakKeys(found, fixed.keySet());
    List<String> keys = new ArrayList<>(readings.keySet());
    Map<String, Gazetteer.Entry> pick = jointReading.pick(new JointReading.Names(keys, readings, weak, home));
    Set<String> unvouched = WeakNames.unvouched(weak, keys, pick);
    List<PlaceMention> mentions = new ArrayList<>();
    Map<Toponym, Gazetteer.Entry> local = new LinkedHashMap<>();
    for (Toponym f : found) {
      if (!unvouched.contains(f.key())) {
        Gazetteer.Entry place = pick.get(f.key());
        mentions.add(new PlaceMention(f.span(), f.surface(), place.place()));
        PlaceKind kind = place.place().kind();
        if (!place.firstLevel() && (kind == PlaceKind.CITY || kind == PlaceKind.ADMINISTRATIVE_REGION)) {
          local.put(f, place);
        }
      }
    }
    if (found.size() < all.size()) {
      List<Toponym> features = all.stream().filter(Toponym::isLocalFeature).toList();
      mentions.addAll(LocalFeatures.placeAll(gazetteer, text, features, local));
      mentions.sort(Comparator.comparingInt(m -> m.span().start()));
    }
    return mentions;
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
