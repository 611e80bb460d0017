package dev.annals.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detection and normalisation scores for time expressions, as TempEval-3 counts them: an
 * expression is found when its span overlaps a gold one (relaxed) and found exactly when the
 * spans are equal (strict); value accuracy is over the found ones.
 */
public final class TimexScore {
  private int gold;
  private int predicted;
  private int relaxedMatches;
  private int strictMatches;
  private int valueMatches;
  private final List<String> errors = new ArrayList<>();

  public record Predicted(int start, int end, String text, String value) {}

  public void add(TimemlDocument document, List<Predicted> predictions) {
    gold += document.timexes().size();
    predicted += predictions.size();
    boolean[] used = new boolean[predictions.size()];
    for (TimemlDocument.GoldTimex g : document.timexes()) {
      int hit = -1;
      for (int i = 0; i < predictions.size(); i++) {
        Predicted p = predictions.get(i);
        if (!used[i] && p.start() < g.end() && g.start() < p.end()) {
          hit = i;
          break;
        }
      }
      if (hit < 0) {
        errors.add(String.format(Locale.ROOT, "missed   %s: \"%s\" %s | %s", document.id(), g.text(), g.value(),
            SentenceContext.around(document.text(), g.start(), g.end())));
        continue;
      }
      used[hit] = true;
      Predicted p = predictions.get(hit);
      relaxedMatches++;
      if (p.start() == g.start() && p.end() == g.end()) {
        strictMatches++;
      }
      if (sameValue(p.value(), g.value())) {
        valueMatches++;
      } else {
        errors.add(String.format(Locale.ROOT, "value    %s: \"%s\" expected %s, got %s (\"%s\") | %s", document.id(), g.text(), g.value(), p.value(), p.text(),
            SentenceContext.around(document.text(), g.start(), g.end())));
      }
    }
  }

  /**
   * Values that name the same time in two spellings TimeML's gold uses side by side: a week
   * number with or without its leading zero ("2000-W7", "2000-W07"), and a decade or century
   * with or without placeholder digits ("198X" and "198" are both the 1980s, "19XX" and "19"
   * the twentieth century).
   */
  static boolean sameValue(String predicted, String gold) {
    return canonical(predicted).equals(canonical(gold));
  }

  static String canonical(String value) {
    String v = value.strip();
    Matcher week = WEEK.matcher(v);
    if (week.matches()) {
      v = week.group(1) + "-W" + String.format(Locale.ROOT, "%02d", Integer.parseInt(week.group(2))) + week.group(3);
    }
    Matcher decade = PLACEHOLDER_DIGITS.matcher(v);
    if (decade.matches()) {
      v = decade.group(1) != null ? decade.group(1) : decade.group(2);
    }
    return v;
  }

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})((?:-.*)?)");
  /** "198X" (a decade), "19XX" (a century): the digits that are given, and placeholders after them. */
  private static final Pattern PLACEHOLDER_DIGITS = Pattern.compile("(\\d{3})X|(\\d{2})XX");

  public double precision() {
    return predicted == 0 ? 0 : (double) relaxedMatches / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) relaxedMatches / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double strictF1() {
    double p = predicted == 0 ? 0 : (double) strictMatches / predicted;
    double r = gold == 0 ? 0 : (double) strictMatches / gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Value accuracy over the expressions found (TempEval-3's "value" attribute accuracy). */
  public double valueAccuracy() {
    return relaxedMatches == 0 ? 0 : (double) valueMatches / relaxedMatches;
  }

  /** Value F1: correct values over gold and over predicted (TempEval-3's value F1). */
  public double valueF1() {
    double p = predicted == 0 ? 0 : (double) valueMatches / predicted;
    double r = gold == 0 ? 0 : (double) valueMatches / gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public List<String> errors() {
    return errors;
  }

  public String summary(String name) {
    return String.format(Locale.ROOT, "%-10s gold=%d found=%d  detection P=%.1f R=%.1f F1=%.1f (strict F1=%.1f)  value accuracy=%.1f  value F1=%.1f",
        name, gold, predicted, 100 * precision(), 100 * recall(), 100 * f1(), 100 * strictF1(), 100 * valueAccuracy(), 100 * valueF1());
  }
}
