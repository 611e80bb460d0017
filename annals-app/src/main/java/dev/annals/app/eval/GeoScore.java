package dev.annals.app.eval;

import dev.annals.model.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Geoparsing scores as the literature on LGL counts them: for every gold toponym with
 * coordinates, the place predicted for an overlapping span, right when it lies within 161 km
 * (100 miles) of the gold coordinates; a toponym with no prediction counts as wrong. Recognition
 * recall and precision are over span overlap with every gold toponym, coordinates or not.
 */
public final class GeoScore {
  /** The accuracy radius of the literature: 100 miles. */
  public static final double RADIUS_KM = 161;

  private int goldToponyms;
  private int goldRecognised;
  private int goldWithPlace;
  private int resolvable;
  private int correct;
  private int predicted;
  private int predictedRight;
  private final List<Double> errorsKm = new ArrayList<>();
  private final List<Scored> wrong = new ArrayList<>();
  private final List<String> missed = new ArrayList<>();
  private final List<String> spurious = new ArrayList<>();

  /** A predicted toponym: its span and the place it was resolved to. */
  public record Predicted(int start, int end, String text, Place place) {}

  private record Scored(double km, String line) {}

  public void add(LglDocument document, List<Predicted> predictions) {
    predicted += predictions.size();
    for (Predicted p : predictions) {
      if (document.toponyms().stream().anyMatch(g -> overlaps(g, p))) {
        predictedRight++;
      } else {
        spurious.add(String.format(Locale.ROOT, "spurious  %s: \"%s\" is no gold toponym; got %s%s | %s", document.id(), p.text(), p.place().name(),
            p.place().country().map(c -> ", " + c).orElse(""), SentenceContext.around(document.text(), p.start(), p.end())));
      }
    }
    for (LglDocument.Toponym gold : document.toponyms()) {
      goldToponyms++;
      Predicted best = null;
      int bestOverlap = 0;
      for (Predicted p : predictions) {
        int overlap = Math.min(gold.end(), p.end()) - Math.max(gold.start(), p.start());
        if (overlap > bestOverlap) {
          best = p;
          bestOverlap = overlap;
        }
      }
      if (best != null) {
        goldRecognised++;
      }
      if (gold.place().isEmpty()) {
        continue;
      }
      LglDocument.GoldPlace expected = gold.place().get();
      goldWithPlace++;
      if (best == null) {
        missed.add(String.format(Locale.ROOT, "missed    %s: \"%s\" expected %s | %s", document.id(), gold.phrase(), expected.describe(),
            SentenceContext.around(document.text(), gold.start(), gold.end())));
        continue;
      }
      resolvable++;
      Place got = best.place();
      double km = dev.annals.coding.place.ToponymResolver.distanceKm(expected.latitude(), expected.longitude(), got.latitude(), got.longitude());
      errorsKm.add(km);
      if (km <= RADIUS_KM) {
        correct++;
      } else {
        wrong.add(new Scored(km, String.format(Locale.ROOT, "%6.0f km  %s: \"%s\" expected %s, got %s%s (%.2f, %.2f) | %s", km, document.id(), gold.phrase(),
            expected.describe(), got.name(), got.country().map(c -> ", " + c).orElse(""), got.latitude(), got.longitude(),
            SentenceContext.around(document.text(), gold.start(), gold.end()))));
      }
    }
  }

  private static boolean overlaps(LglDocument.Toponym gold, Predicted p) {
    return p.start() < gold.end() && gold.start() < p.end();
  }

  /** Share of gold toponyms with coordinates resolved within 161 km; missed ones are wrong. */
  public double accuracy161() {
    return goldWithPlace == 0 ? 0 : (double) correct / goldWithPlace;
  }

  /** The same over the gold toponyms that were recognised. */
  public double accuracy161Recognised() {
    return resolvable == 0 ? 0 : (double) correct / resolvable;
  }

  public double recall() {
    return goldToponyms == 0 ? 0 : (double) goldRecognised / goldToponyms;
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) predictedRight / predicted;
  }

  public double meanErrorKm() {
    return errorsKm.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  public double medianErrorKm() {
    if (errorsKm.isEmpty()) {
      return 0;
    }
    double[] sorted = errorsKm.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** Wrong places, farthest first, then missed toponyms, then predictions that are no toponym. */
  public List<String> errors() {
    List<String> lines = new ArrayList<>();
    wrong.stream().sorted(Comparator.comparingDouble(Scored::km).reversed()).forEach(s -> lines.add(s.line()));
    lines.addAll(missed);
    lines.addAll(spurious);
    return lines;
  }

  public String summary(String name) {
    return String.format(Locale.ROOT,
        "%-8s toponyms=%d (with coordinates %d) predicted=%d  recognition P=%.1f R=%.1f  accuracy@161km=%.1f (over recognised %.1f)  error km mean=%.0f median=%.0f",
        name, goldToponyms, goldWithPlace, predicted, 100 * precision(), 100 * recall(), 100 * accuracy161(), 100 * accuracy161Recognised(),
        meanErrorKm(), medianErrorKm());
  }

}
