package dev.annals.coding.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a publication date written in the first lines of an article ("December 29, 2022", "2022-12-29"). */
public final class DatelineFinder {
  private static final int LINES = 6;
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? ((?:19|20)\\d{2})\\b");
  private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? ((?:19|20)\\d{2})\\b");

  private DatelineFinder() {}

  public static Optional<LocalDate> find(String text) {
    String[] lines = text.split("\n", LINES + 1);
    for (int i = 0; i < Math.min(LINES, lines.length); i++) {
      String line = lines[i].toLowerCase(Locale.ROOT);
      Matcher m = ISO.matcher(line);
      if (m.find()) {
        Optional<LocalDate> date = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        if (date.isPresent()) {
          return date;
        }
      }
      m = MONTH_FIRST.matcher(line);
      if (m.find()) {
        Optional<LocalDate> date = date(m.group(3), MONTHS.get(m.group(1).substring(0, 3)), m.group(2));
        if (date.isPresent()) {
          return date;
        }
      }
      m = DAY_FIRST.matcher(line);
      if (m.find()) {
        Optional<LocalDate> date = date(m.group(3), MONTHS.get(m.group(2).substring(0, 3)), m.group(1));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
