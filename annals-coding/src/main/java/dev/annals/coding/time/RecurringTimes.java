package dev.annals.coding.time;

import static dev.annals.coding.time.CalendarWords.MONTH;
import static dev.annals.coding.time.CalendarWords.MONTHS;
import static dev.annals.coding.time.CalendarWords.PARTS_OF_DAY;
import static dev.annals.coding.time.CalendarWords.WEEKDAY;
import static dev.annals.coding.time.CalendarWords.WEEKDAYS;
import dev.annals.coding.time.TimeNormalizer.Normalized;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recurring times (TimeML SET): "every day" P1D, "each Thursday" XXXX-WXX-4, "each July" XXXX-07, "daily". */
final class RecurringTimes {
  private RecurringTimes() {}

  private static final Pattern SET_UNIT = Pattern.compile("(?:every|each|per|a) (day|week|month|year|quarter|hour|minute|decade|century)");

  /** "every day" is P1D, "each Thursday" XXXX-WXX-4, "daily" P1D: recurring times (TimeML SET). */
  static Optional<Normalized> set(String t) {
    Matcher m = SET_UNIT.matcher(t);
    if (m.matches()) {
      String letter = unitLetter(m.group(1));
      String value = letter.equals("H") ? "PT1H" : letter.equals("MIN") ? "PT1M" : "P1" + letter;
      return Optional.of(new Normalized(value, Optional.empty()));
    }
    m = Pattern.compile("(?:every|each) " + WEEKDAY).matcher(t);
    if (m.matches()) {
      return Optional.of(new Normalized("XXXX-WXX-" + WEEKDAYS.get(m.group(1)).getValue(), Optional.empty()));
    }
    m = Pattern.compile("(?:every|each) " + MONTH + "\\.?").matcher(t);
    if (m.matches()) {
      // "each July": that month of every year.
      return Optional.of(new Normalized(String.format(Locale.ROOT, "XXXX-%02d", MONTHS.get(m.group(1))), Optional.empty()));
    }
    m = Pattern.compile(WEEKDAY + "(?:s|(?: (morning|afternoon|evening|night)s))").matcher(t);
    if (m.matches()) {
      // "Tuesdays", "Tuesday nights": the plural recurs every week.
      String part = m.group(2) == null ? "" : "T" + PARTS_OF_DAY.get(m.group(2));
      return Optional.of(new Normalized("XXXX-WXX-" + WEEKDAYS.get(m.group(1)).getValue() + part, Optional.empty()));
    }
    return switch (t) {
      case "daily" -> Optional.of(new Normalized("P1D", Optional.empty()));
      case "weekly" -> Optional.of(new Normalized("P1W", Optional.empty()));
      case "monthly" -> Optional.of(new Normalized("P1M", Optional.empty()));
      case "annually", "yearly" -> Optional.of(new Normalized("P1Y", Optional.empty()));
      case "quarterly" -> Optional.of(new Normalized("P1Q", Optional.empty()));
      default -> Optional.empty();
    };
  }

  private static String unitLetter(String unit) {
    return switch (unit) {
      case "day" -> "D";
      case "week" -> "W";
      case "month" -> "M";
      case "year" -> "Y";
      case "quarter" -> "Q";
      case "decade" -> "0Y";
      case "century" -> "00Y";
      case "hour" -> "H";
      default -> "MIN";
    };
  }
}
