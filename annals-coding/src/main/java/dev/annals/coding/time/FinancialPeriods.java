package dev.annals.coding.time;

import static dev.annals.coding.time.TimexValues.quarter;
import static dev.annals.coding.time.TimexValues.year;
import dev.annals.coding.time.TimeNormalizer.Normalized;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Periods of an earnings report: "the quarter", "a year earlier", "the 1988 period", counted from the quarter reported on. */
final class FinancialPeriods {
  private FinancialPeriods() {}

  private static final Pattern THIS_PERIOD = Pattern.compile(
      "(?:the |this )(?:(?:latest|current|recent|just-ended|fiscal|most recent|reporting) )?(?:quarter|period)|(?:the )?(?:(?:19|20)\\d{2}) (?:period|quarter)|the latest (?:three months|period)");

  private static final Pattern YEAR_BEFORE = Pattern.compile(
      "(?:a|one) year (?:ago|earlier|before)|(?:the )?year-(?:earlier|ago)(?: (?:quarter|period|results|level))?|last year's (?:quarter|period)|"
          + "(?:the )?(?:quarter|period) a year (?:ago|earlier)|(?:the )?(?:same|comparable|corresponding|like) (?:quarter|period)(?:,? (?:a year (?:ago|earlier)|last year|of last year))?|(?:the )?year-before (?:quarter|period)");

  /** "the quarter", "a year earlier" and the like in an article that reports on a quarter. */
  static Optional<Normalized> financialPeriod(String t, ReportingQuarter reported, SentenceFigures figures, Span span) {
    int year = reported.year();
    if (THIS_PERIOD.matcher(t).matches()) {
      Matcher explicitYear = Pattern.compile("((?:19|20)\\d{2})").matcher(t);
      if (explicitYear.find() && Integer.parseInt(explicitYear.group(1)) != year) {
        // "the 1988 period" in a report on 1989's third quarter: that quarter of 1988; beside
        // "the first nine months", those months of 1988.
        int explicit = Integer.parseInt(explicitYear.group(1));
        return Optional.of(figures.yearToDate() ? year(explicit, span) : quarter(explicit, reported.quarter(), span));
      }
      return Optional.of(quarter(year, reported.quarter(), span));
    }
    if (YEAR_BEFORE.matcher(t).matches() || t.matches("(?:the )?(?:[a-z]+ )?year-(?:ago|earlier|before) (?:quarter|period)") || (figures.comparison() && t.matches("(?:the )?prior year|(?:the )?previous year"))) {
      return Optional.of(figures.yearToDate() && !t.contains("quarter") ? year(year - 1, span) : quarter(year - 1, reported.quarter(), span));
    }
    return Optional.empty();
  }

  /** 1 to 4 for "first" ... "fourth" ("1st", "last" = 4). */
  static int quarterNumber(String ordinal) {
    return switch (ordinal.toLowerCase(Locale.ROOT)) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th", "last" -> 4;
      default -> throw new IllegalArgumentException("not a quarter: " + ordinal);
    };
  }

  /** The year of the latest such quarter that has begun by the reference day. */
  static int latestYearOfQuarter(int quarter, LocalDate ref) {
    return quarter > (ref.getMonthValue() + 2) / 3 ? ref.getYear() - 1 : ref.getYear();
  }
}
