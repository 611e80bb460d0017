package dev.annals.coding.time;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and number shapes that more than one of the finder's rules look for, in lower case.
 * Their values (which month, which part of the day) are the normaliser's, in {@link CalendarWords}.
 */
final class TimeWords {
  private TimeWords() {}

  /** Month names and the abbreviations news writes for them ("Sept.", "Oct"). */
  static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.");
  static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
  static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");
  static final Set<String> UNITS = Set.of(
      "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "quarter", "quarters",
      "hour", "hours", "minute", "minutes", "century", "centuries", "weekend", "weekends");
  /** Units a deictic word makes one stretch of the calendar: "last week", "this quarter". */
  static final Set<String> CALENDAR_UNITS = Set.of("week", "month", "year", "decade", "quarter", "weekend", "century");
  static final Set<String> DEICTIC_MODIFIERS = Set.of("last", "next", "this", "past", "coming", "previous", "following", "current", "same");
  static final Set<String> EDGE_MODIFIERS = Set.of("early", "late", "mid", "earlier", "later");
  /** Tens as a year or an amount spells them: "nineteen ninety-six", "twenty four hours". */
  static final Set<String> TENS_WORDS = Set.of(
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  static final Set<String> UNIT_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  private static final Set<String> NUMBER_WORDS = Set.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "several", "few", "a", "an", "many");

  /** A year from 1800 to 2099 in digits. */
  static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d{2}");
  /** A day of the month, with or without its ordinal ending: "8", "8th". */
  static final Pattern DAY = Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");

  /** An amount as a word or in digits: "three", "several", "a", "20". */
  static boolean isNumber(String word) {
    return NUMBER_WORDS.contains(word) || word.matches("\\d+");
  }
}
