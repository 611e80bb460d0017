package dev.annals.coding.time;

import static dev.annals.coding.time.TimeWords.CALENDAR_UNITS;
import static dev.annals.coding.time.TimeWords.DEICTIC_MODIFIERS;
import static dev.annals.coding.time.TimeWords.EDGE_MODIFIERS;
import static dev.annals.coding.time.TimeWords.MONTHS;
import static dev.annals.coding.time.TimeWords.PARTS_OF_DAY;
import static dev.annals.coding.time.TimeWords.SEASONS;
import static dev.annals.coding.time.TimeWords.WEEKDAYS;

import java.util.Optional;
import java.util.Set;

/**
 * Finds calendar words after a deictic or edge modifier: "last week", "earlier this year", "late
 * March", "the following morning", "the past two weeks", "the day before last Tuesday".
 */
final class DeicticDateFinder {
  private DeicticDateFinder() {}

  /**
   * The modifier at {@code i} ("last", "early", "the") with its calendar word. A lone "the" is only
   * "the day before"; "recent" and a lower-case "earlier" or "later" with no deictic word after
   * them are no expression here.
   */
  static Optional<TimeMatch> modifiedCalendarWord(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    String after = sentence.at(i + 2);
    if (!EDGE_MODIFIERS.contains(word) && !DEICTIC_MODIFIERS.contains(word) && !word.equals("the")) {
      return Optional.empty();
    }
    int j = i + 1;
    String head = next;
    if (EDGE_MODIFIERS.contains(word) && DEICTIC_MODIFIERS.contains(next)) {
      j = i + 2;
      head = after;
    } else if (word.equals("the") && (DEICTIC_MODIFIERS.contains(next) || EDGE_MODIFIERS.contains(next))) {
      j = i + 2;
      head = after;
      Optional<TimeMatch> amount = AmountOfTimeFinder.amountOfTime(sentence, j, true);
      if (amount.isPresent() && amount.get().type().equals("DURATION")) {
        // "the past two weeks", "the next couple of years": a duration
        return Optional.of(amount.get().startingAt(i));
      }
    } else if (word.equals("the")) {
      return theDayNextTo(sentence, i);
    }
    if (head.equals("year") && sentence.at(j + 1).equals("'s") && Set.of("quarter", "period").contains(sentence.at(j + 2))) {
      // "last year's quarter": the same quarter a year before, one expression.
      return Optional.of(new TimeMatch(i, j + 2, "DATE"));
    }
    if (CALENDAR_UNITS.contains(head) || PARTS_OF_DAY.contains(head) || head.equals("day") || SEASONS.contains(head)) {
      return Optional.of(new TimeMatch(i, j, PARTS_OF_DAY.contains(head) ? "TIME" : "DATE"));
    }
    if (MONTHS.contains(head) && !head.equals("may")) {
      return Optional.of(CalendarDateFinder.extendMonth(sentence, i, j));
    }
    if (WEEKDAYS.contains(head)) {
      return Optional.of(CalendarDateFinder.extendWeekday(sentence, i, j));
    }
    return Optional.empty();
  }

  /** "the day before last Tuesday" is one date; "the day before the vote" is the day before. */
  private static Optional<TimeMatch> theDayNextTo(SentenceWords sentence, int i) {
    String after = sentence.at(i + 2);
    if (!sentence.at(i + 1).equals("day") || !(after.equals("before") || after.equals("after"))) {
      return Optional.empty();
    }
    int weekday = Set.of("last", "this", "next").contains(sentence.at(i + 3)) ? i + 4 : i + 3;
    if (WEEKDAYS.contains(sentence.at(weekday))) {
      return Optional.of(new TimeMatch(i, weekday, "DATE"));
    }
    return Optional.of(new TimeMatch(i, i + 2, "DATE"));
  }
}
