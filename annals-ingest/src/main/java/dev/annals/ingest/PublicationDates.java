package dev.annals.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date out of the ways sources write it: ISO dates and date-times
 * ("2004-05-12", "2004-05-12T23:10:00+02:00"), RFC 822 as in RSS ("Wed, 12 May 2004 10:00:00
 * GMT"), and the forms news pages print ("May 12, 2004", "12 May 2004", "DEC. 14, 2016, 2:54 AM
 * EST", "December 9th 2016", "2016 Oct 10"). A date-time keeps the calendar date written in it,
 * which is the date in the publisher's own time zone, not converted to UTC.
 */
public final class PublicationDates {
  /** How many of a plain text's first lines may hold its dateline. */
  static final int DATELINE_LINES = 6;

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String YEAR = "((?:1[89]|20)\\d{2})";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final Pattern ISO = Pattern.compile("(?<!\\d)" + YEAR + "-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern ISO_SLASHED = Pattern.compile("(?<!\\d)" + YEAR + "/(\\d{2})/(\\d{2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^" + YEAR + "(\\d{2})(\\d{2})(?:T.*)?$");
  private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
  private static final Pattern DAY_FIRST = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern YEAR_FIRST = Pattern.compile("\\b" + YEAR + "\\s+" + MONTH + "\\s+" + DAY + "\\b");

  private PublicationDates() {}

  /** The date a metadata value or field holds, when it holds one. */
  public static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip().toLowerCase(Locale.ROOT);
    Matcher compact = COMPACT.matcher(text);
    if (compact.matches()) {
      return date(compact.group(1), Integer.parseInt(compact.group(2)), compact.group(3));
    }
    return find(text);
  }

  /** The first date written in the first few lines of a plain text: its dateline. */
  public static Optional<LocalDate> dateline(String text) {
    String[] lines = text.split("\n", DATELINE_LINES + 1);
    for (int i = 0; i < Math.min(DATELINE_LINES, lines.length); i++) {
      Optional<LocalDate> date = find(lines[i].toLowerCase(Locale.ROOT));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> find(String lowerCase) {
    for (Pattern numeric : new Pattern[] {ISO, ISO_SLASHED}) {
      Matcher m = numeric.matcher(lowerCase);
      if (m.find()) {
        Optional<LocalDate> date = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    Matcher m = MONTH_FIRST.matcher(lowerCase);
    if (m.find()) {
      Optional<LocalDate> date = date(m.group(3), month(m.group(1)), m.group(2));
      if (date.isPresent()) {
        return date;
      }
    }
    m = DAY_FIRST.matcher(lowerCase);
    if (m.find()) {
      Optional<LocalDate> date = date(m.group(3), month(m.group(2)), m.group(1));
      if (date.isPresent()) {
        return date;
      }
    }
    m = YEAR_FIRST.matcher(lowerCase);
    if (m.find()) {
      return date(m.group(1), month(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3));
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
