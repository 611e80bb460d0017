package dev.annals.coding.time;

import static dev.annals.coding.time.TimeWords.CALENDAR_UNITS;
import static dev.annals.coding.time.TimeWords.MONTHS;
import static dev.annals.coding.time.TimeWords.WEEKDAYS;

import java.util.Optional;
import java.util.Set;

/** Finds recurring times, TimeML's sets: "weekly", "daily", "on Tuesdays", "every week", "each July". Their values are {@link RecurringTimes}'. */
final class RecurringTimeFinder {
  private RecurringTimeFinder() {}

  private static final Set<String> RECURRING_ADVERBS = Set.of("daily", "weekly", "monthly", "annually", "yearly", "quarterly");
  private static final Set<String> PLURAL_PARTS_OF_DAY = Set.of("mornings", "afternoons", "evenings", "nights");

  /** "met weekly", "reports quarterly": the adverb, not the adjective of "a weekly magazine". */
  static Optional<TimeMatch> frequencyAdverb(SentenceWords sentence, int i) {
    if (RECURRING_ADVERBS.contains(sentence.at(i)) && sentence.tag(i).startsWith("RB")) {
      return Optional.of(new TimeMatch(i, i, "SET"));
    }
    return Optional.empty();
  }

  /** TimeML marks "daily" as a set (P1D) as an adjective too: "daily rallies", "the daily Granma". */
  static Optional<TimeMatch> daily(SentenceWords sentence, int i) {
    if (sentence.at(i).equals("daily")) {
      return Optional.of(new TimeMatch(i, i, "SET"));
    }
    return Optional.empty();
  }

  /** "on Tuesdays": every Tuesday; "Tuesday nights": every Tuesday night. */
  static Optional<TimeMatch> pluralWeekday(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    if (word.endsWith("s") && WEEKDAYS.contains(word.substring(0, word.length() - 1))) {
      return Optional.of(new TimeMatch(i, i, "SET"));
    }
    if (WEEKDAYS.contains(word) && PLURAL_PARTS_OF_DAY.contains(sentence.at(i + 1))) {
      return Optional.of(new TimeMatch(i, i + 1, "SET"));
    }
    return Optional.empty();
  }

  /** "every week", "each day", "every Thursday", "each July" (a capitalised month name of more than three letters: not "each may"). */
  static Optional<TimeMatch> everyUnit(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    boolean namedMonth = MONTHS.contains(next) && next.length() > 3 && sentence.capitalised(i + 1);
    if ((word.equals("every") || word.equals("each")) && (CALENDAR_UNITS.contains(next) || next.equals("day") || WEEKDAYS.contains(next) || namedMonth)) {
      return Optional.of(new TimeMatch(i, i + 1, "SET"));
    }
    return Optional.empty();
  }
}
