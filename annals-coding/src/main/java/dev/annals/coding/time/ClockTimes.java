package dev.annals.coding.time;

import static dev.annals.coding.time.CalendarWords.PARTS_OF_DAY;
import static dev.annals.coding.time.TimexValues.range;

import dev.annals.coding.time.TimeNormalizer.Normalized;
import dev.annals.model.DatePrecision;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day as TIMEX3 values: "10:35 a.m.", "9 a.m. Tuesday", "4 in the morning", "noon
 * Saturday", a bare "midday". A time with a day of its own is on that day, else on the day the
 * article told last.
 */
final class ClockTimes {
  private ClockTimes() {}

  private static final Pattern CLOCK_TIME = Pattern.compile(
      "(?:around |about |at )?(\\d{1,2})(?::(\\d{2}))? ?([ap])\\.?m\\.?(?: (?:edt|est|cdt|cst|pdt|pst|gmt|utc|local time))?,?(?: (.*))?");
  private static final Pattern HOUR_ON_A_DAY = Pattern.compile("(?:(?:early|late|mid) )?(noon|midnight|morning|afternoon|evening|night) (.+)");

  /**
   * The time of day {@code t} names, if it names one.
   *
   * @param dayOf reads the words after the hour ("Tuesday" in "9 a.m. Tuesday") with the
   *     normaliser's rules; a time whose words there are not one day is no time here
   */
  static Optional<Normalized> clockTime(String t, DiscourseAnchor anchor, Span span, Function<String, Optional<Normalized>> dayOf) {
    Matcher noon = HOUR_ON_A_DAY.matcher(t);
    if (noon.matches()) {
      // "noon Saturday", "midnight Friday" (the end of Friday), "mid-afternoon yesterday".
      Optional<LocalDate> day = oneDay(dayOf.apply(noon.group(2)));
      if (day.isEmpty()) {
        return Optional.empty();
      }
      String value = day.get() + switch (noon.group(1)) {
        case "noon" -> "T12:00";
        case "midnight" -> "T24:00";
        default -> "T" + PARTS_OF_DAY.get(noon.group(1));
      };
      return Optional.of(onDay(value, day.get(), span));
    }
    if (t.matches("(?:at )?(?:noon|midday|midnight)")) {
      // A bare "midday" is on the day told last, as a bare "10 p.m." is.
      LocalDate day = anchor.day();
      return Optional.of(onDay(day + (t.endsWith("midnight") ? "T24:00" : "T12:00"), day, span));
    }
    // "4 in the morning" is 4 a.m., "10 at night" 10 p.m.
    t = t.replaceFirst("^(\\d{1,2}(?::\\d{2})?) in the morning", "$1 a.m.").replaceFirst("^(\\d{1,2}(?::\\d{2})?) (?:in the (?:afternoon|evening)|at night)", "$1 p.m.");
    Matcher m = CLOCK_TIME.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (hour < 1 || hour > 12 || minute > 59) {
      return Optional.empty();
    }
    hour = m.group(3).equals("p") ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    // A time with no day of its own is on the day told last ("On Tuesday … at 10 p.m.").
    LocalDate day = anchor.day();
    if (m.group(4) != null && !m.group(4).isBlank()) {
      Optional<LocalDate> named = oneDay(dayOf.apply(m.group(4).strip()));
      if (named.isEmpty()) {
        return Optional.empty();
      }
      day = named.get();
    }
    return Optional.of(onDay(day + String.format(Locale.ROOT, "T%02d:%02d", hour, minute), day, span));
  }

  /** The day a value covers, if it covers exactly one day. */
  private static Optional<LocalDate> oneDay(Optional<Normalized> value) {
    return value.flatMap(Normalized::date).filter(date -> date.precision() == DatePrecision.DAY).map(date -> date.start());
  }

  private static Normalized onDay(String value, LocalDate day, Span span) {
    return new Normalized(value, Optional.of(range(value, day, day, DatePrecision.DAY, span)));
  }
}
