package dev.annals.coding.time;

import java.util.Optional;
import java.util.Set;

/**
 * Finds the days news names instead of a date: "Thanksgiving Day", "last Thanksgiving", "Election
 * Day", "Christmas". The names and dates are in {@code time/holidays.tsv}, read by {@link Holidays}.
 */
final class HolidayFinder {
  private HolidayFinder() {}

  private static final Set<String> HOLIDAYS = Holidays.shared().names();

  /**
   * A capitalised holiday name, with "last", "next" or "this" before it and "Day" after it; not
   * when another capitalised word follows it and makes it part of a name ("Christmas Island").
   */
  static Optional<TimeMatch> holiday(SentenceWords sentence, int i) {
    int j = i;
    if (Set.of("last", "next", "this").contains(sentence.at(j))) {
      j++;
    }
    String word = sentence.at(j);
    String two = word + " " + sentence.at(j + 1);
    if (!sentence.capitalised(j)) {
      return Optional.empty();
    }
    if (two.equals("new year") && sentence.at(j + 2).equals("'s") && sentence.at(j + 3).equals("day")) {
      return Optional.of(new TimeMatch(i, j + 3, "DATE"));
    }
    if (HOLIDAYS.contains(two.replace(" 's", "'s"))) {
      return Optional.of(new TimeMatch(i, j + 1, "DATE"));
    }
    // "Christmas Island", "Easter Island": a holiday's name that opens a longer capitalised name
    // names a place or a thing, not the day.
    if (HOLIDAYS.contains(word) && !(sentence.capitalised(j + 1) && !sentence.at(j + 1).equals("day"))) {
      return Optional.of(new TimeMatch(i, sentence.at(j + 1).equals("day") ? j + 1 : j, "DATE"));
    }
    return Optional.empty();
  }
}
