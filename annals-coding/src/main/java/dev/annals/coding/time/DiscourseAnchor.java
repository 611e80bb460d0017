package dev.annals.coding.time;

import dev.annals.model.EventDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What an anaphoric time expression counts from: "the next day", "later that year", "two days
 * earlier" and a bare "10 p.m." refer to the day, month or year the article mentioned last, not
 * to the publication date (HeidelTime resolves narratives the same way). Each granularity keeps
 * its own last mention; before any mention, all three are the reference date.
 *
 * @param day the day mentioned last
 * @param month the month mentioned last (a day mentioned also names its month)
 * @param year the year mentioned last
 */
public record DiscourseAnchor(LocalDate day, YearMonth month, int year) {
  public DiscourseAnchor {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(month, "month");
  }

  /** No date mentioned yet: everything counts from the reference date. */
  public static DiscourseAnchor of(LocalDate reference) {
    return new DiscourseAnchor(reference, YearMonth.from(reference), reference.getYear());
  }

  /** The anchor after the article mentions this date; weeks, quarters and ranges leave it as it is. */
  public DiscourseAnchor after(EventDate date) {
    LocalDate start = date.start();
    return switch (date.precision()) {
      case DAY -> date.start().equals(date.end()) ? new DiscourseAnchor(start, YearMonth.from(start), start.getYear()) : this;
      case MONTH -> new DiscourseAnchor(day, YearMonth.from(start), start.getYear());
      case YEAR -> start.getYear() == date.end().getYear() ? new DiscourseAnchor(day, month, start.getYear()) : this;
      default -> this;
    };
  }

  /** The date a unit ("day", "month", "year", …) counts from. */
  LocalDate forUnit(String unit) {
    return switch (unit) {
      case "month", "quarter" -> month.atDay(1);
      case "year", "decade", "century" -> LocalDate.of(year, 1, 1);
      default -> day;
    };
  }
}
