package dev.annals.coding.time;

import java.time.DayOfWeek;
import java.util.Map;

/** The calendar's words as the normaliser reads them: month, weekday, part-of-day and season names. */
final class CalendarWords {
  private CalendarWords() {}

  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);

  static final Map<String, String> PARTS_OF_DAY = Map.of(
      "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "tonight", "NI", "overnight", "NI");

  static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

  static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  static final String UNIT = "(day|week|month|year|decade|quarter|hour|minute|century)s?";
}
