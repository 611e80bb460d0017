package dev.annals.coding.time;

import static dev.annals.coding.time.Durations.NUMBERS;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years as broadcast transcripts spell them: "nineteen ninety-six" is 1996. */
final class SpokenYears {
  private SpokenYears() {}

  private static final Map<String, Integer> SPOKEN_TENS = Map.ofEntries(
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

  private static final Pattern SPOKEN_YEAR = Pattern.compile(
      "\\b(eighteen|nineteen) (ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          + "(?: ?- ?| )?(one|two|three|four|five|six|seven|eight|nine)?\\b");

  /** "nineteen ninety-six" is 1996 and "the year two thousand" 2000, as broadcast transcripts spell years. */
  static String spokenYears(String t) {
    Matcher m = SPOKEN_YEAR.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int year = SPOKEN_TENS.get(m.group(1)) * 100 + SPOKEN_TENS.get(m.group(2)) + (m.group(3) == null ? 0 : NUMBERS.get(m.group(3)));
      m.appendReplacement(out, String.valueOf(year));
    }
    m.appendTail(out);
    return out.toString().replaceAll("^the year two thousand$", "2000");
  }
}
