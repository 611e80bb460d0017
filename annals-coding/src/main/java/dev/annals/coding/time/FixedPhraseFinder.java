package dev.annals.coding.time;

import static dev.annals.coding.time.TimeWords.CALENDAR_UNITS;
import static dev.annals.coding.time.TimeWords.MONTHS;
import static dev.annals.coding.time.TimeWords.PARTS_OF_DAY;
import static dev.annals.coding.time.TimeWords.SEASONS;
import static dev.annals.coding.time.TimeWords.UNITS;
import static dev.annals.coding.time.TimeWords.WEEKDAYS;
import static dev.annals.coding.time.TimeWords.isNumber;

import java.util.Optional;
import java.util.Set;

/**
 * Finds the phrases and words that are times by themselves: "today", "now", "the weekend",
 * "year-end", "earlier that day", and TimeML's vague references "the past", "these days", "the
 * future".
 */
final class FixedPhraseFinder {
  private FixedPhraseFinder() {}

  private static final Set<String> DAY_WORDS = Set.of(
      "today", "yesterday", "tomorrow", "tonight", "now", "currently", "recently", "previously", "formerly", "overnight");

  /** "in the future": TimeML's FUTURE_REF. */
  static Optional<TimeMatch> theFuture(SentenceWords sentence, int i) {
    if (sentence.at(i).equals("the") && sentence.at(i + 1).equals("future")) {
      return Optional.of(new TimeMatch(i, i + 1, "DATE"));
    }
    return Optional.empty();
  }

  /** "over the weekend". */
  static Optional<TimeMatch> theWeekend(SentenceWords sentence, int i) {
    if (sentence.at(i).equals("the") && sentence.at(i + 1).equals("weekend")) {
      return Optional.of(new TimeMatch(i, i + 1, "DATE"));
    }
    return Optional.empty();
  }

  /** "in the near future", "in the near term", "in the short term": TimeML's FUTURE_REF. */
  static Optional<TimeMatch> theNearFuture(SentenceWords sentence, int i) {
    String next = sentence.at(i + 1);
    String after = sentence.at(i + 2);
    if (sentence.at(i).equals("the") && (next.equals("near") && (after.equals("future") || after.equals("term")) || next.equals("short") && after.equals("term"))) {
      return Optional.of(new TimeMatch(i, i + 2, "DATE"));
    }
    return Optional.empty();
  }

  /** "the end of the year" (the year, with its end as TimeML's modifier), "the end of this month", "year-end". */
  static Optional<TimeMatch> endOfAPeriod(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    String after = sentence.at(i + 2);
    if (word.equals("the") && next.equals("end") && after.equals("of") && sentence.at(i + 3).matches("the|this")
        && Set.of("year", "month", "week").contains(sentence.at(i + 4))) {
      return Optional.of(new TimeMatch(i, i + 4, "DATE"));
    }
    if (word.equals("year") && next.equals("-") && after.equals("end") || word.equals("year-end")) {
      return Optional.of(new TimeMatch(i, word.equals("year-end") ? i : i + 2, "DATE"));
    }
    return Optional.empty();
  }

  /** "Earlier that day", "later that year", "that evening", "earlier in the day": counted from the date told last. */
  static Optional<TimeMatch> earlierThatDay(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String after = sentence.at(i + 2);
    if ((word.equals("earlier") || word.equals("later")) && sentence.at(i + 1).equals("that")
        && (CALENDAR_UNITS.contains(after) || after.equals("day") || PARTS_OF_DAY.contains(after))) {
      return Optional.of(new TimeMatch(i, i + 2, PARTS_OF_DAY.contains(after) ? "TIME" : "DATE"));
    }
    // "who was received by the king earlier in the day": the day told last.
    if ((word.equals("earlier") || word.equals("later")) && sentence.at(i + 1).equals("in") && after.equals("the") && sentence.at(i + 3).equals("day")) {
      return Optional.of(new TimeMatch(i, i + 3, "DATE"));
    }
    // "called in the ambassador that evening": the day told last, or a part of it.
    String next = sentence.at(i + 1);
    if (word.equals("that") && (PARTS_OF_DAY.contains(next) || next.equals("day"))) {
      return Optional.of(new TimeMatch(i, i + 1, PARTS_OF_DAY.contains(next) ? "TIME" : "DATE"));
    }
    return Optional.empty();
  }

  /** "In the past, Russia has ...": TimeML's PAST_REF, unless a length or a date follows; "these days". */
  static Optional<TimeMatch> thePastOrTheseDays(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    String after = sentence.at(i + 2);
    if (word.equals("the") && next.equals("past") && !isNumber(after) && !UNITS.contains(after) && !CALENDAR_UNITS.contains(after)
        && !SEASONS.contains(after) && !WEEKDAYS.contains(after) && !MONTHS.contains(after) && !after.equals("couple")) {
      return Optional.of(new TimeMatch(i, i + 1, "DATE"));
    }
    if (word.equals("these") && next.equals("days")) {
      return Optional.of(new TimeMatch(i, i + 1, "DATE"));
    }
    return Optional.empty();
  }

  /** "today", "yesterday morning", "tonight", "now", "recently", "overnight". */
  static Optional<TimeMatch> dayWord(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    if (!DAY_WORDS.contains(word)) {
      return Optional.empty();
    }
    int last = i;
    if ((word.equals("yesterday") || word.equals("tomorrow") || word.equals("today")) && PARTS_OF_DAY.contains(sentence.at(i + 1))) {
      last = i + 1;
    }
    String type = word.equals("tonight") || word.equals("overnight") || last > i ? "TIME" : "DATE";
    return Optional.of(new TimeMatch(i, last, type));
  }
}
