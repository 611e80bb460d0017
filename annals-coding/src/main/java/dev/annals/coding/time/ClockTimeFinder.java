package dev.annals.coding.time;

import static dev.annals.coding.time.TimeWords.DAY;
import static dev.annals.coding.time.TimeWords.MONTHS;
import static dev.annals.coding.time.TimeWords.PARTS_OF_DAY;
import static dev.annals.coding.time.TimeWords.WEEKDAYS;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds times of day: "noon", "4 in the morning", "9 a.m. EDT Tuesday", "midnight Friday". */
final class ClockTimeFinder {
  private ClockTimeFinder() {}

  /** A clock hour, with or without its minutes: "9", "10:35". */
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}(:\\d{2})?");
  private static final Set<String> AM_PM = Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt");
  private static final Set<String> TIME_ZONES = Set.of("edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc", "bst", "cet");
  /** A part of the day kept as one token with its edge: "mid-afternoon", "late-night". */
  private static final Pattern EDGE_OF_DAY = Pattern.compile("(early|late|mid)-(morning|afternoon|evening|night)");

  /** "midday", "noon" and "midnight" on their own, "4 in the morning", "10 at night". */
  static Optional<TimeMatch> hourInWords(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    String after = sentence.at(i + 2);
    if ((word.equals("midday") || word.equals("noon") || word.equals("midnight")) && !next.equals("-") && !namesADay(next)) {
      return Optional.of(new TimeMatch(i, i, "TIME"));
    }
    if (CLOCK.matcher(word).matches() && (next.equals("in") && after.equals("the") && PARTS_OF_DAY.contains(sentence.at(i + 3))
        || next.equals("at") && after.equals("night"))) {
      return Optional.of(new TimeMatch(i, next.equals("at") ? i + 2 : i + 3, "TIME"));
    }
    return Optional.empty();
  }

  /** "9 a.m. EDT Tuesday", "5 p.m. EST, Nov. 9": the clock time with its zone and day; "noon Thursday", "mid-afternoon yesterday". */
  static Optional<TimeMatch> clockTime(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    if (CLOCK.matcher(word).matches() && AM_PM.contains(next)) {
      int last = i + 1;
      if (TIME_ZONES.contains(sentence.at(last + 1))) {
        last++;
      }
      int day = sentence.at(last + 1).equals(",") ? last + 2 : last + 1;
      String dayWord = sentence.at(day);
      if (namesADay(dayWord)) {
        last = day;
      } else if (MONTHS.contains(dayWord) && DAY.matcher(sentence.at(day + 1)).matches()) {
        last = CalendarDateFinder.extendMonth(sentence, day, day).last();
      }
      return Optional.of(new TimeMatch(i, last, "TIME"));
    }
    if ((word.equals("noon") || word.equals("midnight") || EDGE_OF_DAY.matcher(word).matches()) && namesADay(next)) {
      return Optional.of(new TimeMatch(i, i + 1, "TIME"));
    }
    return Optional.empty();
  }

  /** A weekday, "today", "yesterday" or "tomorrow": a word an hour can be on ("noon Thursday"). */
  private static boolean namesADay(String word) {
    return WEEKDAYS.contains(word) || word.equals("today") || word.equals("yesterday") || word.equals("tomorrow");
  }
}
