package dev.annals.coding.time;

import dev.annals.coding.knowledge.TsvFile;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The holidays of {@code time/holidays.tsv}: their names, months and dates in a given year. */
final class Holidays {
  static final String RESOURCE = "dev/annals/coding/time/holidays.tsv";
  private static final Pattern DAY_RULE = Pattern.compile("(\\d{1,2})(?: ([A-Z]+)(?: \\+(\\d+))?)?");

  /** One holiday: a fixed day of its month, or the Nth weekday plus some days. */
  private record Holiday(int month, int day, DayOfWeek weekday, int daysAfter) {
    LocalDate in(int year) {
      if (weekday == null) {
        return LocalDate.of(year, month, day);
      }
      return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(day, weekday)).plusDays(daysAfter);
    }
  }

  private final Map<String, Holiday> byName;

  private Holidays(Map<String, Holiday> byName) {
    this.byName = Map.copyOf(byName);
  }

  static Holidays shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final Holidays INSTANCE = load();
  }

  static Holidays load() {
    Map<String, Holiday> byName = new LinkedHashMap<>();
    for (TsvFile.Row row : TsvFile.readResource(RESOURCE, 3)) {
      String name = row.field(0).strip();
      int month = (int) row.number(1);
      if (month < 1 || month > 12) {
        throw row.error("month must be 1 to 12, was " + month);
      }
      Matcher rule = DAY_RULE.matcher(row.field(2).strip());
      if (!rule.matches()) {
        throw row.error("day must be a day of the month ('25') or the Nth weekday ('4 THURSDAY', '1 MONDAY +1'), was '" + row.field(2) + "'");
      }
      DayOfWeek weekday;
      try {
        weekday = rule.group(2) == null ? null : DayOfWeek.valueOf(rule.group(2));
      } catch (IllegalArgumentException e) {
        throw row.error("no weekday '" + rule.group(2) + "'");
      }
      int day = Integer.parseInt(rule.group(1));
      if (weekday == null ? day < 1 || day > 31 : day < 1 || day > 5) {
        throw row.error("day out of range: " + row.field(2));
      }
      byName.put(name, new Holiday(month, day, weekday, rule.group(3) == null ? 0 : Integer.parseInt(rule.group(3))));
    }
    return new Holidays(byName);
  }

  /** The names, in lower case. */
  Set<String> names() {
    return byName.keySet();
  }

  /** The holiday's month; the name must be one of {@link #names()}. */
  int month(String name) {
    return holiday(name).month();
  }

  /** The holiday's date in a year: Thanksgiving 2023 is 2023-11-23. */
  LocalDate date(String name, int year) {
    return holiday(name).in(year);
  }

  /** A pattern alternative matching any of the names, longest first. */
  String alternation() {
    return String.join("|", byName.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
  }

  private Holiday holiday(String name) {
    Holiday holiday = byName.get(name);
    if (holiday == null) {
      throw new IllegalArgumentException("no holiday '" + name + "' in " + RESOURCE);
    }
    return holiday;
  }
}
