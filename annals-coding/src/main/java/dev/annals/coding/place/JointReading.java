package dev.annals.coding.place;

import dev.annals.model.PlaceKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads all names of an article together (article-level coherence). Each reading of a name has a
 * probability, at first from its prior (softmax); in each round a reading gains the expected
 * affinity of the other names' readings (same division, near: names that cluster on the map are
 * read together) and the share of the article's names in its country and state, and the
 * probabilities are recomputed. Soft rather than hard picks, so that one early wrong pick does not
 * drag its neighbours along.
 *
 * @param knowledge the national capitals, which start ahead of their namesakes
 */
record JointReading(ToponymKnowledge knowledge) {
  private static final int ROUNDS = 4;
  /** How many of the article's names the publisher's country is worth. */
  private static final double HOME_WEIGHT = 2.0;
  /** How sharply the readings' probabilities follow their scores. */
  private static final double SHARPNESS = 2.0;
  /** What a national capital's city reading gains over its prior: "Washington" alone is the capital. */
  private static final double CAPITAL_BONUS = 1.0;
  /** The most a reading gains from the other names' affinity, however many there are. */
  private static final double MOST_SUPPORT = 4.0;

  JointReading {
    Objects.requireNonNull(knowledge, "knowledge");
  }

  /**
   * The names of an article to read together.
   *
   * @param keys every name's key, in the order the article first names them
   * @param readings every name's readings, best prior first
   * @param weak the names that are weak in every mention: they count less for the others and nothing for the country and state
   * @param home the country of the publisher's web domain, which counts as {@value #HOME_WEIGHT} more names in it
   */
  record Names(List<String> keys, Map<String, List<Gazetteer.Entry>> readings, Set<String> weak, Optional<String> home) {
    Names {
      keys = List.copyOf(keys);
      readings = Map.copyOf(readings);
      weak = Set.copyOf(weak);
      Objects.requireNonNull(home, "home");
      for (String key : keys) {
        if (readings.getOrDefault(key, List.of()).isEmpty()) {
          throw new IllegalArgumentException("every name needs a reading, '" + key + "' has none");
        }
      }
    }
  }

  /** What the article's other sure names, as they probably read, say of its countries and first-level divisions. */
  private record OtherNames(Map<String, Double> countries, Map<String, Double> divisions, int named) {
    OtherNames {
      countries = Map.copyOf(countries);
      divisions = Map.copyOf(divisions);
    }
  }

  /** The reading each name takes, by key. */
  Map<String, Gazetteer.Entry> pick(Names names) {
    List<String> keys = names.keys();
    Map<String, double[]> base = new HashMap<>();
    Map<String, double[]> probability = new HashMap<>();
    for (String key : keys) {
      List<Gazetteer.Entry> list = names.readings().get(key);
      double[] scores = new double[list.size()];
      for (int i = 0; i < scores.length; i++) {
        Gazetteer.Entry reading = list.get(i);
        scores[i] = ReadingScores.prior(reading);
        if (knowledge.isCapital(key, reading)) {
          scores[i] += CAPITAL_BONUS;
        }
      }
      base.put(key, scores);
      probability.put(key, softmax(scores));
    }
    Map<String, double[]> scored = base;
    for (int round = 0; round < ROUNDS; round++) {
      Map<String, double[]> next = new HashMap<>();
      for (String key : keys) {
        next.put(key, rescore(key, base.get(key), names, probability));
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
      pick.put(key, names.readings().get(key).get(best));
    }
    return pick;
  }

  /** The scores of one name's readings after a round: the base scores and what the other names say of each. */
  private static double[] rescore(String key, double[] base, Names names, Map<String, double[]> probability) {
    List<Gazetteer.Entry> list = names.readings().get(key);
    OtherNames others = otherNames(key, names, probability);
    double[] scores = base.clone();
    boolean countryName = list.stream().anyMatch(e -> e.place().kind() == PlaceKind.COUNTRY);
    for (int i = 0; i < scores.length; i++) {
      Gazetteer.Entry reading = list.get(i);
      double support = support(reading, key, countryName, names, probability);
      // As for affinity, the state alone does not make "China" China, Texas.
      double division = countryName ? 0 : RegionShares.divisionShare(reading, others.divisions(), others.named());
      scores[i] += Math.min(MOST_SUPPORT, support) + RegionShares.countryShare(reading, others.countries(), others.named()) + division;
    }
    return scores;
  }

  /** The article's countries and divisions as the sure names other than {@code key} probably read, the publisher's country among them. */
  private static OtherNames otherNames(String key, Names names, Map<String, double[]> probability) {
    Map<String, Double> countries = new HashMap<>();
    Map<String, Double> divisions = new HashMap<>();
    int named = 0;
    if (names.home().isPresent()) {
      // The publisher's country counts as one more name of the article: a weak prior.
      countries.put(names.home().get(), HOME_WEIGHT);
      named++;
    }
    for (String other : names.keys()) {
      if (other.equals(key) || names.weak().contains(other)) {
        continue;
      }
      named++;
      double[] p = probability.get(other);
      List<Gazetteer.Entry> otherReadings = names.readings().get(other);
      for (int j = 0; j < p.length; j++) {
        int index = j;
        Gazetteer.Entry o = otherReadings.get(j);
        o.place().country().ifPresent(c -> countries.merge(c, p[index], Double::sum));
        RegionShares.addDivision(divisions, o, p[index]);
      }
    }
    return new OtherNames(countries, divisions, named);
  }

  /** What the other names' readings say for one reading of the name {@code key}: their expected, or possible, affinity. */
  private static double support(Gazetteer.Entry reading, String key, boolean countryName, Names names, Map<String, double[]> probability) {
    double support = 0;
    for (String other : names.keys()) {
      if (other.equals(key)) {
        continue;
      }
      double[] p = probability.get(other);
      List<Gazetteer.Entry> otherReadings = names.readings().get(other);
      double expected = 0;
      double possible = 0;
      for (int j = 0; j < p.length; j++) {
        double affinity = ReadingScores.affinity(reading, otherReadings.get(j));
        if (countryName && reading.place().kind() != PlaceKind.COUNTRY && affinity > 0 && !ReadingScores.near(reading, otherReadings.get(j))) {
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
      support += names.weak().contains(other) ? 0.5 * from : from;
    }
    return support;
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
}
