package dev.annals.app.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How far a TimeML gold agrees with itself: the same words ("last week", "a year ago") given
 * different kinds of value in different documents ("2000-W13", "1989-WXX", "P1W"). An expression
 * whose kind of value is not the one its words get most often in the gold cannot be scored by any
 * reader that gives the same words the same kind of value, so this bounds value accuracy from
 * above, and says how much of what is left is the gold's own disagreement.
 */
final class TimexGoldAgreement {
  /** Words with digits as 9 ("the 1988 period" is "the 9999 period") -> value shape -> count. */
  private final Map<String, Map<String, Integer>> shapesByWords = new HashMap<>();
  private int expressions;

  void add(TimemlDocument document) {
    for (TimemlDocument.GoldTimex timex : document.timexes()) {
      String words = timex.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip().replaceAll("\\d", "9");
      shapesByWords.computeIfAbsent(words, w -> new LinkedHashMap<>()).merge(shape(timex.value()), 1, Integer::sum);
      expressions++;
    }
  }

  /** "1998-W32" and "2000-W7" have one shape, "9999-W99"; "1989-WXX" another. Spellings the scorer takes as one are one shape. */
  static String shape(String value) {
    return TimexScore.canonical(value).replaceAll("\\d", "9");
  }

  /** Expressions whose kind of value is not the one their words get most often. */
  int outvoted() {
    return shapesByWords.values().stream().mapToInt(TimexGoldAgreement::outvotedIn).sum();
  }

  int expressions() {
    return expressions;
  }

  /** The highest value accuracy a reader that treats the same words alike can reach on all of the gold. */
  double ceiling() {
    return expressions == 0 ? 0 : (expressions - outvoted()) / (double) expressions;
  }

  /** The words the gold disagrees on most, with their kinds of value: "last week" {9999-W99=10, 9999-WXX=7, ...}. */
  List<String> worst(int limit) {
    List<Map.Entry<String, Map<String, Integer>>> entries = new ArrayList<>(shapesByWords.entrySet());
    entries.sort(Comparator.comparingInt((Map.Entry<String, Map<String, Integer>> e) -> -outvotedIn(e.getValue())).thenComparing(Map.Entry::getKey));
    return entries.stream().filter(e -> outvotedIn(e.getValue()) > 0).limit(limit)
        .map(e -> "\"" + e.getKey() + "\" " + e.getValue().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(s -> s.getKey() + " x" + s.getValue()).collect(Collectors.joining(", ")))
        .toList();
  }

  private static int outvotedIn(Map<String, Integer> shapes) {
    int total = shapes.values().stream().mapToInt(Integer::intValue).sum();
    return total - shapes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  String summary() {
    return String.format(Locale.ROOT,
        "gold agreement: %d of %d gold expressions have a kind of value their own words get less often elsewhere in this gold; "
            + "a reader that gives the same words the same kind of value scores at most %.1f%%", outvoted(), expressions, 100 * ceiling());
  }
}
