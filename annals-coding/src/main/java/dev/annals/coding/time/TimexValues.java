package dev.annals.coding.time;

import dev.annals.coding.time.TimeNormalizer.Normalized;
import dev.annals.model.DateOrigin;
import dev.annals.model.DatePrecision;
import dev.annals.model.EventDate;
import dev.annals.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TIMEX3 values with the dates they cover: a day, a week, a month, a quarter, a year, and a shift of one by an amount. */
final class TimexValues {
  private TimexValues() {}

  static Normalized quarter(int year, int quarter, Span span) {
    LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
    LocalDate end = YearMonth.of(year, quarter * 3).atEndOfMonth();
    String value = year + "-Q" + quarter;
    return new Normalized(value, Optional.of(range(value, start, end, DatePrecision.QUARTER, span)));
  }

  static Normalized shift(LocalDate ref, String unit, int amount, Span span) {
    switch (unit) {
      case "day":
        return dayValue(ref.plusDays(amount), null, span);
      case "week": {
        LocalDate date = ref.plusWeeks(amount);
        return week(date, span);
      }
      case "month":
        return month(YearMonth.from(ref).plusMonths(amount), span);
      case "quarter": {
        LocalDate date = ref.plusMonths(3L * amount);
        int quarter = (date.getMonthValue() + 2) / 3;
        String value = date.getYear() + "-Q" + quarter;
        return new Normalized(value, Optional.of(range(value, LocalDate.of(date.getYear(), quarter * 3 - 2, 1), YearMonth.of(date.getYear(), quarter * 3).atEndOfMonth(), DatePrecision.QUARTER, span)));
      }
      case "year":
        return year(ref.getYear() + amount, span);
      case "decade": {
        int decade = (ref.getYear() + 10 * amount) / 10;
        String value = String.valueOf(decade);
        return new Normalized(value, Optional.of(range(value, LocalDate.of(decade * 10, 1, 1), LocalDate.of(decade * 10 + 9, 12, 31), DatePrecision.YEAR, span)));
      }
      case "century": {
        // TIMEX3 names a century by its first two digits: "this century" in 1999 is "19".
        int century = (ref.getYear() + 100 * amount) / 100;
        String value = String.format(Locale.ROOT, "%02d", century);
        return new Normalized(value, Optional.of(range(value, LocalDate.of(century * 100, 1, 1), LocalDate.of(century * 100 + 99, 12, 31), DatePrecision.YEAR, span)));
      }
      default:
        // Hours and minutes: the day itself.
        return dayValue(ref, null, span);
    }
  }

  /** The ISO value of the weekend that opens on this Saturday: "2022-W51-WE". */
  static String weekendValue(LocalDate saturday) {
    return String.format(Locale.ROOT, "%d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR), saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static Normalized week(LocalDate date, Span span) {
    int weekYear = date.get(IsoFields.WEEK_BASED_YEAR);
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    String value = String.format(Locale.ROOT, "%d-W%02d", weekYear, week);
    LocalDate monday = date.with(DayOfWeek.MONDAY);
    return new Normalized(value, Optional.of(range(value, monday, monday.plusDays(6), DatePrecision.WEEK, span)));
  }

  static Optional<Normalized> safeDay(int year, Integer month, int day, Span span) {
    if (month == null || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(dayValue(LocalDate.of(year, month, day), null, span));
  }

  static Normalized dayValue(LocalDate date, String partOfDay, Span span) {
    String value = date.toString() + (partOfDay == null ? "" : "T" + partOfDay);
    EventDate eventDate = new EventDate(date.toString(), date, date, DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, Optional.of(span));
    return new Normalized(value, Optional.of(eventDate));
  }

  static EventDate day(LocalDate date, Span span) {
    return new EventDate(date.toString(), date, date, DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, Optional.of(span));
  }

  static Normalized month(YearMonth month, Span span) {
    String value = month.toString();
    return new Normalized(value, Optional.of(range(value, month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, span)));
  }

  static Normalized year(int year, Span span) {
    String value = String.format(Locale.ROOT, "%04d", year);
    return new Normalized(value, Optional.of(range(value, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, span)));
  }

  static EventDate range(String value, LocalDate start, LocalDate end, DatePrecision precision, Span span) {
    return new EventDate(value, start, end, precision, DateOrigin.TIME_EXPRESSION, Optional.of(span));
  }

  /** The dates a TIMEX3 value denotes ("2022-12-30TMO", "2022-W52", "2022-09", "2022"), if any. */
  public static Optional<EventDate> dateOfValue(String value, Span span, DateOrigin origin) {
    Matcher m = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*").matcher(value);
    if (m.matches()) {
      try {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return Optional.of(new EventDate(date.toString(), date, date, DatePrecision.DAY, origin, Optional.of(span)));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    m = Pattern.compile("(\\d{4})-W(\\d{2})").matcher(value);
    if (m.matches()) {
      LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
      return Optional.of(new EventDate(value, monday, monday.plusDays(6), DatePrecision.WEEK, origin, Optional.of(span)));
    }
    m = Pattern.compile("(\\d{4})-(\\d{2})").matcher(value);
    if (m.matches()) {
      YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      return Optional.of(new EventDate(value, month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, origin, Optional.of(span)));
    }
    m = Pattern.compile("(\\d{4})").matcher(value);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      return Optional.of(new EventDate(value, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, origin, Optional.of(span)));
    }
    return Optional.empty();
  }

}
