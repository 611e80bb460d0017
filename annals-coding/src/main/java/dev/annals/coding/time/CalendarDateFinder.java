package dev.annals.coding.time;

import static dev.annals.coding.time.TimeWords.DAY;
import static dev.annals.coding.time.TimeWords.DEICTIC_MODIFIERS;
import static dev.annals.coding.time.TimeWords.EDGE_MODIFIERS;
import static dev.annals.coding.time.TimeWords.MONTHS;
import static dev.annals.coding.time.TimeWords.PARTS_OF_DAY;
import static dev.annals.coding.time.TimeWords.SEASONS;
import static dev.annals.coding.time.TimeWords.WEEKDAYS;
import static dev.annals.coding.time.TimeWords.YEAR;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds dates the calendar names: weekdays and months with their days and years ("Sunday, March
 * 8", "December 5, 2021", "5 December 2021"), years, decades, centuries and seasons, and dates
 * written in digits ("1996-05-01", "5/1/96").
 */
final class CalendarDateFinder {
  private CalendarDateFinder() {}

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  private static final Pattern SLASH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}");
  private static final Pattern DECADE = Pattern.compile("(1[89]|20)\\d0'?s");
  /** A month, season, year or decade kept as one token with its edge: "mid-November", "mid-1990s". */
  private static final Pattern EDGE_OF_MONTH = Pattern.compile(
      "(early|late|mid)-(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|(1[89]|20)\\d{2}|(1[89]|20)\\d0'?s)");
  private static final Pattern ORDINAL_NUMBER = Pattern.compile("\\d{1,2}(st|nd|rd|th)");

  /** "the week of March 6": the week, named by one of its days. */
  static Optional<TimeMatch> weekOfADay(SentenceWords sentence, int i) {
    if (sentence.at(i).equals("the") && sentence.at(i + 1).equals("week") && sentence.at(i + 2).equals("of") && MONTHS.contains(sentence.at(i + 3))
        && DAY.matcher(sentence.at(i + 4)).matches()) {
      return Optional.of(new TimeMatch(i, extendMonth(sentence, i + 3, i + 3).last(), "DATE"));
    }
    return Optional.empty();
  }

  /** "mid-November", "mid-1996" kept as one token. */
  static Optional<TimeMatch> edgeOfMonth(SentenceWords sentence, int i) {
    if (EDGE_OF_MONTH.matcher(sentence.at(i)).matches()) {
      return Optional.of(new TimeMatch(i, i, "DATE"));
    }
    return Optional.empty();
  }

  /** "the 20th century". */
  static Optional<TimeMatch> ordinalCentury(SentenceWords sentence, int i) {
    String next = sentence.at(i + 1);
    if (ORDINAL_NUMBER.matcher(sentence.at(i)).matches() && (next.equals("century") || next.equals("centuries"))) {
      return Optional.of(new TimeMatch(i, i + 1, "DATE"));
    }
    return Optional.empty();
  }

  /** "the mid-1990s". */
  static Optional<TimeMatch> edgeOfDecade(SentenceWords sentence, int i) {
    String next = sentence.at(i + 1);
    if (sentence.at(i).equals("the") && EDGE_OF_MONTH.matcher(next).matches() && next.endsWith("s")) {
      return Optional.of(new TimeMatch(i, i + 1, "DATE"));
    }
    return Optional.empty();
  }

  /** "1996-05-01", "5/1/96", "1990s", "the 1990s". */
  static Optional<TimeMatch> numericDateOrDecade(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    if (ISO_DATE.matcher(word).matches() || SLASH_DATE.matcher(word).matches()) {
      return Optional.of(new TimeMatch(i, i, "DATE"));
    }
    if (DECADE.matcher(word).matches()) {
      return Optional.of(new TimeMatch(i, i, "DATE"));
    }
    if (word.equals("the") && DECADE.matcher(sentence.at(i + 1)).matches()) {
      return Optional.of(new TimeMatch(i, i + 1, "DATE"));
    }
    return Optional.empty();
  }

  /** "mid - November", "early - spring": the tokenizer split the hyphen off. */
  static Optional<TimeMatch> splitEdgeOfMonth(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String after = sentence.at(i + 2);
    if (sentence.at(i + 1).equals("-") && (word.equals("mid") || word.equals("early") || word.equals("late")) && (MONTHS.contains(after) || SEASONS.contains(after))) {
      return Optional.of(new TimeMatch(i, i + 2, "DATE"));
    }
    return Optional.empty();
  }

  /** A weekday ("Thursday", "Friday Oct. 13"), a month ("December 5, 2021"), a day before its month ("5 December 2021"), a year. */
  static Optional<TimeMatch> namedDate(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    if (WEEKDAYS.contains(word.replace("'s", ""))) {
      return Optional.of(extendWeekday(sentence, i, i));
    }
    if (MONTHS.contains(word) && sentence.capitalised(i) && !(word.equals("may") && !isDateContext(sentence, i))
        && !(word.equals("march") && !isDateContext(sentence, i))) {
      return Optional.of(extendMonth(sentence, i, i));
    }
    if (DAY.matcher(word).matches() && MONTHS.contains(next) && sentence.capitalised(i + 1)) {
      int last = i + 1;
      if (YEAR.matcher(sentence.at(i + 2)).matches()) {
        last = i + 2;
      }
      return Optional.of(new TimeMatch(i, last, "DATE"));
    }
    if (YEAR.matcher(word).matches() && sentence.tag(i).equals("CD")) {
      return Optional.of(new TimeMatch(i, i, "DATE"));
    }
    return Optional.empty();
  }

  /** "summer 1994", "the winter of 1994", "the winter of nineteen ninety-four". */
  static Optional<TimeMatch> season(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    if (SEASONS.contains(word) && YEAR.matcher(next).matches()) {
      return Optional.of(new TimeMatch(i, i + 1, "DATE"));
    }
    if (SEASONS.contains(word) && next.equals("of")) {
      if (YEAR.matcher(sentence.at(i + 2)).matches()) {
        return Optional.of(new TimeMatch(i, i + 2, "DATE"));
      }
      int spokenYear = SpokenYearFinder.spokenYearEnd(sentence, i + 2);
      if (spokenYear >= 0) {
        return Optional.of(new TimeMatch(i, spokenYear, "DATE"));
      }
    }
    return Optional.empty();
  }

  /** "May" and "March" are dates only beside a day, a year, or "in"/"last"/"next". */
  private static boolean isDateContext(SentenceWords sentence, int i) {
    String before = sentence.before(i);
    String next = sentence.at(i + 1);
    return DAY.matcher(next).matches() || YEAR.matcher(next).matches() || before.equals("in") || before.equals("since") || before.equals("until")
        || before.equals("of") || DAY.matcher(before).matches() || DEICTIC_MODIFIERS.contains(before) || EDGE_MODIFIERS.contains(before);
  }

  /** The date from token {@code first} that ends in the month at {@code month} with its day and year: "December 5 , 2021", "January nineteen ninety-seven". */
  static TimeMatch extendMonth(SentenceWords sentence, int first, int month) {
    int last = month;
    String next = sentence.at(month + 1);
    int spokenYear = SpokenYearFinder.spokenYearEnd(sentence, month + 1);
    if (spokenYear >= 0) {
      return new TimeMatch(first, spokenYear, "DATE");
    }
    if (DAY.matcher(next).matches()) {
      last = month + 1;
      String comma = sentence.at(last + 1);
      if (comma.equals(",") && YEAR.matcher(sentence.at(last + 2)).matches()) {
        last = last + 2;
      } else if (YEAR.matcher(comma).matches()) {
        last = last + 1;
      }
    } else if (YEAR.matcher(next).matches()) {
      last = month + 1;
    } else if (next.equals(",") && YEAR.matcher(sentence.at(month + 2)).matches()) {
      last = month + 2;
    }
    return new TimeMatch(first, last, "DATE");
  }

  /** The date or time from token {@code first} that ends in the weekday at {@code weekday}: "Friday morning", "Sunday, March 8", "Friday Oct. 13". */
  static TimeMatch extendWeekday(SentenceWords sentence, int first, int weekday) {
    String next = sentence.at(weekday + 1);
    if (next.equals("'s")) {
      next = sentence.at(weekday + 2);
      if (PARTS_OF_DAY.contains(next)) {
        return new TimeMatch(first, weekday + 2, "TIME");
      }
    }
    if (PARTS_OF_DAY.contains(next)) {
      return new TimeMatch(first, weekday + 1, "TIME");
    }
    if (next.equals(",") && MONTHS.contains(sentence.at(weekday + 2)) && DAY.matcher(sentence.at(weekday + 3)).matches()) {
      // "Sunday, March 8" is one date; "Sunday, March eighth" keeps the weekday alone.
      return new TimeMatch(first, extendMonth(sentence, weekday + 2, weekday + 2).last(), "DATE");
    }
    if (MONTHS.contains(next) && DAY.matcher(sentence.at(weekday + 2)).matches()) {
      return new TimeMatch(first, extendMonth(sentence, weekday + 1, weekday + 1).last(), "DATE");
    }
    return new TimeMatch(first, weekday, "DATE");
  }
}
