package dev.annals.coding.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.Set;

/** Which occurrence of a month, weekday or season an expression means: the one behind or ahead of the reference day, by modifier and tense. */
final class CalendarDirection {
  private CalendarDirection() {}

  /** The season (TIMEX3 SP, SU, FA, WI) has ended by the reference day. */
  static boolean seasonIsOver(String season, LocalDate ref) {
    int month = ref.getMonthValue();
    return switch (season) {
      case "SP" -> month > 5;
      case "SU" -> month > 8;
      case "FA" -> month > 11;
      default -> month > 2 && month < 12;
    };
  }

  /** Passed as the modifier of {@link #yearForMonth} when the month comes with a day ("Nov. 16"). */
  static final String DAY_GIVEN = "day given";

  /**
   * The year a bare month name refers to. "last September" is the most recent September before
   * this month; a bare month follows the tense, and without tense the nearer occurrence.
   */
  static Optional<Integer> yearForMonth(int month, LocalDate ref, Tense tense, String modifier) {
    int current = ref.getMonthValue();
    int year = ref.getYear();
    String m = modifier == null ? "" : modifier;
    switch (m) {
      case "last", "past":
        return Optional.of(month < current ? year : year - 1);
      case "next", "coming":
        return Optional.of(month > current ? year : year + 1);
      case "this":
        return Optional.of(year);
      default:
        break;
    }
    if (month == current) {
      return Optional.of(year);
    }
    if (tense == Tense.FUTURE) {
      return Optional.of(month > current ? year : year + 1);
    }
    int ahead = Math.floorMod(month - current, 12);
    if (m.equals("earlier")) {
      return Optional.of(month < current ? year : year - 1);
    }
    if (tense == Tense.PAST && m.equals(DAY_GIVEN)) {
      // "was extended to Nov. 16" written in late October: a month or two ahead is nearer than
      // ten months back, and news gives the year of a date that far back.
      return Optional.of(ahead >= 1 && ahead <= 2 ? (month > current ? year : year + 1) : (month < current ? year : year - 1));
    }
    if (tense == Tense.PAST) {
      // "talks were set for early March" told in February: the month just ahead is that month,
      // not one eleven months back, which news would give with its year.
      return Optional.of(ahead == 1 && Set.of("", "early", "mid", "late").contains(m) ? (month > current ? year : year + 1) : (month < current ? year : year - 1));
    }
    // No tense: news mostly reports what has happened, so the past unless the month is close ahead.
    return Optional.of(ahead <= 2 ? (month > current ? year : year + 1) : (month < current ? year : year - 1));
  }

  /** The day a weekday name refers to: "last Friday", "next Monday", or by tense a bare "Tuesday". */
  static LocalDate weekdayDate(DayOfWeek weekday, String modifier, LocalDate ref, Tense tense) {
    switch (modifier) {
      case "last", "past", "previous", "the previous", "preceding", "the preceding":
        return ref.with(TemporalAdjusters.previous(weekday));
      case "next", "coming", "the following":
        return ref.with(TemporalAdjusters.next(weekday));
      case "earlier", "early":
        return ref.with(TemporalAdjusters.previousOrSame(weekday));
      case "later", "late":
        return ref.with(TemporalAdjusters.nextOrSame(weekday));
      default:
        break;
    }
    if (tense == Tense.FUTURE) {
      return ref.with(TemporalAdjusters.nextOrSame(weekday));
    }
    if (tense == Tense.PAST) {
      return ref.with(TemporalAdjusters.previousOrSame(weekday));
    }
    // No tense: news reports what has happened, so the last such day, unless it is tomorrow
    // (TimeBank and AQUAINT: of the weekdays two or three days ahead and four or five behind
    // the publication date, 13 of 15 are the one behind).
    LocalDate before = ref.with(TemporalAdjusters.previousOrSame(weekday));
    LocalDate after = ref.with(TemporalAdjusters.nextOrSame(weekday));
    return ChronoUnit.DAYS.between(ref, after) == 1 ? after : before;
  }
}
