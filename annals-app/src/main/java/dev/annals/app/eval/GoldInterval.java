package dev.annals.app.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a gold TIMEX3 value covers, for values that name a stretch of the calendar: a day
 * ("1998-08-07", with or without a time of day), an ISO week ("1998-W32"), a month, a quarter
 * ("1989-Q3") or a year. Values with no fixed place ("PAST_REF", "1998-WXX", durations) have none.
 */
record GoldInterval(LocalDate start, LocalDate end) {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  GoldInterval {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("interval ends before it starts: " + start + " " + end);
    }
  }

  static Optional<GoldInterval> of(String value) {
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        LocalDate day = LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3)));
        return Optional.of(new GoldInterval(day, day));
      }
      m = WEEK.matcher(value);
      if (m.matches()) {
        LocalDate monday = LocalDate.of(i(m.group(1)), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m.group(2)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(new GoldInterval(monday, monday.plusDays(6)));
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        YearMonth month = YearMonth.of(i(m.group(1)), i(m.group(2)));
        return Optional.of(new GoldInterval(month.atDay(1), month.atEndOfMonth()));
      }
      m = QUARTER.matcher(value);
      if (m.matches()) {
        LocalDate first = LocalDate.of(i(m.group(1)), 3 * i(m.group(2)) - 2, 1);
        return Optional.of(new GoldInterval(first, first.plusMonths(3).minusDays(1)));
      }
      m = YEAR.matcher(value);
      if (m.matches()) {
        return Optional.of(new GoldInterval(LocalDate.of(i(m.group(1)), 1, 1), LocalDate.of(i(m.group(1)), 12, 31)));
      }
    } catch (java.time.DateTimeException e) {
      // A gold slip ("1989-02-30") places nothing.
    }
    return Optional.empty();
  }

  long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  boolean contains(LocalDate from, LocalDate to) {
    return !from.isBefore(start) && !to.isAfter(end);
  }

  /** "1998-08-07", "1998-08", "1998" as the interval reads best. */
  String label() {
    if (start.equals(end)) {
      return start.toString();
    }
    if (start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth())) {
      return YearMonth.from(start).toString();
    }
    if (start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()))) {
      return String.valueOf(start.getYear());
    }
    return start + ".." + end;
  }

  private static int i(String s) {
    return Integer.parseInt(s);
  }
}
