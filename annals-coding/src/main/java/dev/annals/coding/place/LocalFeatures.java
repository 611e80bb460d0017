package dev.annals.coding.place;

import dev.annals.model.AnnotatedText;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import dev.annals.model.PlaceMention;
import dev.annals.model.Sentence;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rivers, lakes, parks and townships the gazetteer does not know ("the Kanawha River", "Lake
 * Lanier", "Big Creek", "the River Lune", "Coffman Park", "Jerome Township", "Canaan Valley").
 * Local news names them often and they are places: such a name is found by its feature word, and
 * put where the article's own places say it lies, since the gazetteer cannot: at a town of the
 * name it carries when one lies within 250 km of the article's other places ("Naugatuck River"
 * beside Torrington), else at the nearest local place named in its sentence, else at the
 * article's most named local place. The coordinates are an estimate of where the story is, as a
 * reader would place the river, not the feature's own.
 */
final class LocalFeatures {
  /** Words that end the name of a local feature: "Kanawha River", "Big Creek", "Kiser Lake", "Coffman Park". */
  private static final Set<String> AFTER = Set.of("River", "Creek", "Lake", "Bayou", "Reservoir", "Pond", "Brook", "Park", "Township",
      "Valley", "Square");
  /** Words that start one: "Lake Lanier", "River Lune". */
  private static final Set<String> BEFORE = Set.of("Lake", "River");
  private static final int LONGEST_NAME = 4;
  /** How near a town of the feature's name must lie to the article's places to stand for the feature. */
  private static final double NEAR_KM = 250;

  private LocalFeatures() {}

  /**
   * The end of a local feature's name that starts at token {@code first}: a run of capitalised
   * words ending in a feature word ("Kanawha River") or a feature word and a name ("Lake Lanier");
   * empty when there is none. The whole run must be the name: no capitalised word before or
   * after it ("Lake Lanier Islands Resort" is a resort).
   */
  static Optional<Integer> endAt(List<Token> tokens, int first, Sentence sentence) {
    if (first > sentence.firstToken() && capitalised(tokens.get(first - 1).text()) && !tokens.get(first - 1).tag().equals("DT")) {
      return Optional.empty();
    }
    int end = first;
    while (end < sentence.endToken() && end - first < LONGEST_NAME && capitalised(tokens.get(end).text()) && tokens.get(end).isProperNoun()) {
      end++;
    }
    if (end - first < 2 || (end < sentence.endToken() && capitalised(tokens.get(end).text()))) {
      return Optional.empty();
    }
    String last = tokens.get(end - 1).text();
    String head = tokens.get(first).text();
    if (AFTER.contains(last) && !BEFORE.contains(head)) {
      return Optional.of(end);
    }
    if (BEFORE.contains(head) && !AFTER.contains(last) && end - first == 2) {
      return Optional.of(end);
    }
    return Optional.empty();
  }

  /** The name a feature carries besides its feature word: "Kanawha" of "Kanawha River", "Lanier" of "Lake Lanier". */
  static String innerName(String surface) {
    String[] words = surface.split(" ");
    if (BEFORE.contains(words[0]) && !AFTER.contains(words[words.length - 1])) {
      return String.join(" ", List.of(words).subList(1, words.length));
    }
    return String.join(" ", List.of(words).subList(0, words.length - 1));
  }

  /**
   * The article's local features, each put by the article's local places; a feature the article
   * gives no place to put it by is left out.
   *
   * @param features the article's local features in text order
   * @param localPlaces the article's resolved towns and counties (no states or countries) by the
   *     toponym that names them, in text order: the order breaks ties between equally named places
   */
  static List<PlaceMention> placeAll(Gazetteer gazetteer, AnnotatedText text, List<Toponym> features, Map<Toponym, Gazetteer.Entry> localPlaces) {
    Map<Place, Integer> named = new LinkedHashMap<>();
    localPlaces.values().forEach(e -> named.merge(e.place(), 1, Integer::sum));
    List<Place> articlePlaces = new ArrayList<>(named.keySet());
    articlePlaces.sort(Comparator.comparingInt((Place p) -> -named.get(p)));
    List<PlaceMention> placed = new ArrayList<>();
    for (Toponym feature : features) {
      int sentence = text.tokens().get(feature.first()).sentence();
      List<Toponym> near = new ArrayList<>();
      for (Toponym other : localPlaces.keySet()) {
        if (text.tokens().get(other.first()).sentence() == sentence) {
          near.add(other);
        }
      }
      near.sort(Comparator.comparingInt(o -> Math.abs(o.first() - feature.first())));
      List<Place> sentencePlaces = near.stream().map(o -> localPlaces.get(o).place()).toList();
      List<Gazetteer.Entry> namesake = gazetteer.entries(innerName(feature.surface())).stream()
          .filter(e -> !e.firstLevel() && (e.place().kind() == PlaceKind.CITY || e.place().kind() == PlaceKind.ADMINISTRATIVE_REGION)).toList();
      place(feature.surface(), namesake, sentencePlaces, articlePlaces)
          .ifPresent(place -> placed.add(new PlaceMention(feature.span(), feature.surface(), place)));
    }
    return placed;
  }

  /**
   * Where a feature lies, from the article's places.
   *
   * @param surface the feature's name as written
   * @param namesake the gazetteer's towns and counties bearing its inner name
   * @param sentencePlaces the article's resolved local places in the feature's sentence, nearest in the text first
   * @param articlePlaces the article's resolved local places, most named first
   * @return the feature as a place, or empty when the article names no place to put it by
   */
  static Optional<Place> place(String surface, List<Gazetteer.Entry> namesake, List<Place> sentencePlaces, List<Place> articlePlaces) {
    Place best = null;
    double bestKm = NEAR_KM;
    for (Gazetteer.Entry entry : namesake) {
      for (Place sure : articlePlaces) {
        double km = GreatCircle.distanceKm(entry.place(), sure);
        if (km < bestKm) {
          best = entry.place();
          bestKm = km;
        }
      }
    }
    if (best == null && !sentencePlaces.isEmpty()) {
      best = sentencePlaces.get(0);
    }
    if (best == null && !articlePlaces.isEmpty()) {
      best = articlePlaces.get(0);
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(new Place(surface, best.country(), best.latitude(), best.longitude(), PlaceKind.OTHER, 0, best.admin1()));
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.toUpperCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT));
  }
}
