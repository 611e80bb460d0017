package dev.annals.coding.time;

import dev.annals.model.DateOrigin;
import dev.annals.model.DatePrecision;
import dev.annals.model.EventDate;
import dev.annals.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annals' own normalisation of time expressions into TIMEX3 values, resolved against a
 * reference date and the tense of the clause.
 *
 * <p>Why not SUTime's values: SUTime resolves month names against the calendar year ("last
 * September" said in December 2022 is 2022-09, not 2021-09) and anchors "the following morning"
 * on the document date instead of the day after. The rules here follow how newswire uses these
 * phrases; where none applies, the analyser's value is kept.
 */
public final class TimeNormalizer {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);

  private static final Map<String, String> PARTS_OF_DAY = Map.of(
      "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "tonight", "NI", "overnight", "NI");

  private static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100), Map.entry("one hundred", 100),
      Map.entry("a couple of", 2), Map.entry("couple of", 2), Map.entry("a couple", 2),
      Map.entry("several", -1), Map.entry("few", -1), Map.entry("a few", -1));
  /** "twenty four", "forty-five": a number in two words. */
  private static final Pattern TENS_AND_UNITS = Pattern.compile(
      "\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -](one|two|three|four|five|six|seven|eight|nine)\\b");
  /**
   * Words that hedge an amount of time ("nearly two weeks ago", "at least 20 more years"): TimeML
   * keeps them in the expression (as its mod) but not in the value.
   */
  private static final Pattern HEDGE = Pattern.compile(
      "^(?:nearly|almost|about|around|roughly|approximately|some|over|just over|just under|more than|less than|fewer than|at least|at most|no more than|up to) ");
  /** "two more weeks", "an additional year", "eight trading days": the amount is the plain one. */
  private static final Pattern AMOUNT_WORDS = Pattern.compile("\\b(?:more|additional|trading|straight|consecutive) (?=" + "(?:day|week|month|year|hour|minute)s?\\b)");
  /** "5 1/2 hours", "a year and a half". */
  private static final Pattern AND_A_HALF = Pattern.compile("(\\d+|a|an|one) (year|month|day|hour|minute)s? and a half|(\\d+) 1/2 (year|month|day|hour|minute)s?");

  private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String UNIT = "(day|week|month|year|decade|quarter|hour|minute|century)s?";

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\.?,? (\\d{4})");
  private static final Pattern MONTH_DAY = Pattern.compile(MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b");
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "\\.?,? (?:of )?(\\d{4})");
  private static final Pattern MONTH_ALONE = Pattern.compile("(?:(last|this|next|past|coming|early|late|mid|earlier|later) )?(?:in )?" + MONTH + "\\b");
  private static final Pattern YEAR = Pattern.compile("(?:in |the year |early |late |mid[- ]?)?((?:1[6-9]|20)\\d{2})\\b");
  private static final Pattern DECADE = Pattern.compile("(?:the )?(?:(?:early|late|mid) )?((?:19|20)\\d)0'?s");
  private static final Map<String, Integer> SPOKEN_DECADES = Map.of(
      "twenties", 2, "thirties", 3, "forties", 4, "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);
  private static final Pattern WEEKDAY_PATTERN = Pattern.compile("(?:(last|this|next|on|coming|past|earlier|later|early|late|previous|the previous|preceding|the preceding|the following) )?" + WEEKDAY + "(?:'s)?(?: (morning|afternoon|evening|night))?");
  private static final Pattern AGO = Pattern.compile("(a hundred|a couple of|a few|[a-z]+|\\d+) " + UNIT + " (ago|earlier|before|later|from now|hence)");
  private static final Pattern RELATIVE_UNIT = Pattern.compile("(?:(?:earlier|later|early|late|mid|the early|the late) )?(?:(this|last|next|the past|the previous|the coming|the following|the current|the same|that|the last|the next|this past|this coming) )" + UNIT);
  private static final Pattern SEASON = Pattern.compile(
      "(?:the )?(?:(last|this|next|the|this past|this coming|past|coming) )?(?:(?:early|late|mid) )?(spring|summer|autumn|fall|winter)(?:,? (?:of )?((?:19|20)\\d{2}))?");
  private static final Pattern QUARTER = Pattern.compile(
      "(?:the )?(?:(this|last|next) year's )?(?:(year-ago|year-earlier|year-before|prior-year|previous-year) )?(?:fiscal )?(?:((?:19|20)\\d{2}) )?"
          + "(first|second|third|fourth|1st|2nd|3rd|4th|last)[- ](?:fiscal )?quarter(?: of ((?:19|20)\\d{2}))?");

  /** A normalised value and the dates it covers, if it covers dates. */
  public record Normalized(String value, Optional<EventDate> date) {}

  public Normalized normalize(String text, String type, Optional<String> analyserValue, LocalDate reference, Tense tense, Span span) {
    return normalize(text, type, analyserValue, reference, tense, span, Optional.empty(), SentenceFigures.NONE);
  }

  /**
   * As {@link #normalize(String, String, Optional, LocalDate, Tense, Span)}, in an article that
   * reports on a quarter ("third-quarter net income rose"): there "the quarter" and "the latest
   * period" are that quarter, and "a year earlier" or "the year-ago quarter" the same quarter a
   * year before, as TimeML annotates financial news.
   *
   * @param reportingQuarter the quarter the expression's figures are about, such as 1989's third
   * @param figures what the expression's sentence says of figures (a bare "last year" stays the
   *     year even in a comparison: TimeBank's financial stories give it so 18 times of 22)
   */
  public Normalized normalize(String text, String type, Optional<String> analyserValue, LocalDate reference, Tense tense, Span span,
      Optional<ReportingQuarter> reportingQuarter, SentenceFigures figures) {
    return normalize(text, type, analyserValue, reference, DiscourseAnchor.of(reference), tense, span, reportingQuarter, figures);
  }

  /**
   * As above, with anaphoric expressions ("the next day", "later that year", "two days
   * earlier", a bare "10 p.m.") counted from the dates the article mentioned before them.
   */
  public Normalized normalize(String text, String type, Optional<String> analyserValue, LocalDate reference, DiscourseAnchor anchor, Tense tense,
      Span span, Optional<ReportingQuarter> reportingQuarter, SentenceFigures figures) {
    try {
      return normalizeUnchecked(text, type, analyserValue, reference, anchor, tense, span, reportingQuarter, figures);
    } catch (java.time.DateTimeException e) {
      // A pattern that read an impossible date (a month 13, 30 February) is no date: one odd
      // expression must not cost the article its other events.
      return new Normalized("XXXX", Optional.empty());
    }
  }

  private Normalized normalizeUnchecked(String text, String type, Optional<String> analyserValue, LocalDate reference, DiscourseAnchor anchor,
      Tense tense, Span span, Optional<ReportingQuarter> reportingQuarter, SentenceFigures figures) {
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    t = t.replaceFirst("^(the )?(early|late|mid)-", "$2 ");
    t = spokenYears(t);
    t = plainAmounts(t);
    Optional<String> half = andAHalf(t);
    if (half.isPresent()) {
      return new Normalized(half.get(), Optional.empty());
    }
    if (t.matches("(?:the )?current (?:fiscal )?quarter")) {
      // The quarter under way when the article was written, not the one it reports on.
      return quarter(reference.getYear(), (reference.getMonthValue() + 2) / 3, span);
    }
    Matcher dayNextTo = Pattern.compile("the day (before|after) (.+)").matcher(t);
    if (dayNextTo.matches()) {
      // "the day before last Tuesday": the day next to the one named, when that is a day.
      Normalized named = normalizeUnchecked(dayNextTo.group(2), type, Optional.empty(), reference, anchor, tense, span, reportingQuarter, figures);
      Optional<EventDate> day = named.date().filter(d -> d.precision() == DatePrecision.DAY);
      if (day.isPresent()) {
        return dayValue(day.get().start().plusDays(dayNextTo.group(1).equals("before") ? -1 : 1), null, span);
      }
    }
    if (reportingQuarter.isPresent()) {
      Optional<Normalized> financial = financialPeriod(t, reportingQuarter.get(), figures, span);
      if (financial.isPresent()) {
        return financial.get();
      }
    }
    Optional<Normalized> set = set(t);
    if (set.isPresent()) {
      return set.get();
    }
    if (type.equals("DURATION")) {
      Optional<String> duration = duration(t);
      if (duration.isPresent()) {
        return new Normalized(duration.get(), Optional.empty());
      }
    }
    Optional<Normalized> own = rules(t, reference, anchor, tense, span);
    if (own.isPresent()) {
      return own.get();
    }
    String value = analyserValue.orElse("");
    return new Normalized(value.isEmpty() ? "XXXX" : value, dateOfValue(value, span, DateOrigin.TIME_EXPRESSION));
  }

  private static final Pattern THIS_PERIOD = Pattern.compile(
      "(?:the |this )(?:(?:latest|current|recent|just-ended|fiscal|most recent|reporting) )?(?:quarter|period)|(?:the )?(?:(?:19|20)\\d{2}) (?:period|quarter)|the latest (?:three months|period)");
  private static final Pattern YEAR_BEFORE = Pattern.compile(
      "(?:a|one) year (?:ago|earlier|before)|(?:the )?year-(?:earlier|ago)(?: (?:quarter|period|results|level))?|last year's (?:quarter|period)|"
          + "(?:the )?(?:quarter|period) a year (?:ago|earlier)|(?:the )?(?:same|comparable|corresponding|like) (?:quarter|period)(?:,? (?:a year (?:ago|earlier)|last year|of last year))?|(?:the )?year-before (?:quarter|period)");

  /** "the quarter", "a year earlier" and the like in an article that reports on a quarter. */
  private static Optional<Normalized> financialPeriod(String t, ReportingQuarter reported, SentenceFigures figures, Span span) {
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

  private static Normalized quarter(int year, int quarter, Span span) {
    LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
    LocalDate end = YearMonth.of(year, quarter * 3).atEndOfMonth();
    String value = year + "-Q" + quarter;
    return new Normalized(value, Optional.of(range(value, start, end, DatePrecision.QUARTER, span)));
  }

  private static final Pattern SET_UNIT = Pattern.compile("(?:every|each|per|a) (day|week|month|year|quarter|hour|minute|decade|century)");

  /** "every day" is P1D, "each Thursday" XXXX-WXX-4, "daily" P1D: recurring times (TimeML SET). */
  private static Optional<Normalized> set(String t) {
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

  private static final Pattern CLOCK_TIME = Pattern.compile(
      "(?:around |about |at )?(\\d{1,2})(?::(\\d{2}))? ?([ap])\\.?m\\.?(?: (?:edt|est|cdt|cst|pdt|pst|gmt|utc|local time))?,?(?: (.*))?");

  /** "10:35 a.m.", "9 a.m. Tuesday", "5 p.m. EST Nov. 9": a time on the day the rest names, else the reference day. */
  private Optional<Normalized> clockTime(String t, LocalDate ref, DiscourseAnchor anchor, Tense tense, Span span) {
    Matcher noon = Pattern.compile("(?:(?:early|late|mid) )?(noon|midnight|morning|afternoon|evening|night) (.+)").matcher(t);
    if (noon.matches()) {
      // "noon Saturday", "midnight Friday" (the end of Friday), "mid-afternoon yesterday".
      Optional<Normalized> rest = rules(noon.group(2), ref, anchor, tense, span);
      if (rest.isEmpty() || rest.get().date().isEmpty() || rest.get().date().get().precision() != DatePrecision.DAY) {
        return Optional.empty();
      }
      LocalDate day = rest.get().date().get().start();
      String value = day + switch (noon.group(1)) {
        case "noon" -> "T12:00";
        case "midnight" -> "T24:00";
        default -> "T" + PARTS_OF_DAY.get(noon.group(1));
      };
      return Optional.of(new Normalized(value, Optional.of(new EventDate(value, day, day, DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, Optional.of(span)))));
    }
    if (t.matches("(?:at )?(?:noon|midday|midnight)")) {
      // A bare "midday" is on the day told last, as a bare "10 p.m." is.
      LocalDate day = anchor.day();
      String value = day + (t.endsWith("midnight") ? "T24:00" : "T12:00");
      return Optional.of(new Normalized(value, Optional.of(new EventDate(value, day, day, DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, Optional.of(span)))));
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
      Optional<Normalized> rest = rules(m.group(4).strip(), ref, anchor, tense, span);
      if (rest.isEmpty() || rest.get().date().isEmpty() || rest.get().date().get().precision() != DatePrecision.DAY) {
        return Optional.empty();
      }
      day = rest.get().date().get().start();
    }
    String value = day + String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
    return Optional.of(new Normalized(value, Optional.of(new EventDate(value, day, day, DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, Optional.of(span)))));
  }

  private Optional<Normalized> rules(String t, LocalDate ref, DiscourseAnchor anchor, Tense tense, Span span) {
    Optional<Normalized> clock = clockTime(t, ref, anchor, tense, span);
    if (clock.isPresent()) {
      return clock;
    }
    if (t.matches("(?:the )?(?:recent|past several|last few|past few) (?:days|weeks|months|years|quarters)(?: and (?:days|weeks|months|years))?")) {
      // "in recent years": TimeML gives no length, only that it lies before now.
      return Optional.of(new Normalized("PAST_REF", Optional.empty()));
    }
    Matcher weekOf = Pattern.compile("the week of (.+)").matcher(t);
    if (weekOf.matches()) {
      Optional<Normalized> day = rules(weekOf.group(1), ref, anchor, tense, span);
      if (day.isPresent() && day.get().date().isPresent() && day.get().date().get().precision() == DatePrecision.DAY) {
        return Optional.of(week(day.get().date().get().start(), span));
      }
    }
    Matcher half = Pattern.compile("(?:the )?(first|second|last|latter) (?:half|two quarters) of ((?:1[6-9]|20)\\d{2})").matcher(t);
    if (half.matches()) {
      int year = i(half.group(2));
      boolean first = half.group(1).equals("first");
      String value = year + (first ? "-H1" : "-H2");
      LocalDate start = LocalDate.of(year, first ? 1 : 7, 1);
      // Known to within a season, as a quarter is; the year-wide precision would claim less.
      return Optional.of(new Normalized(value, Optional.of(range(value, start, start.plusMonths(6).minusDays(1), DatePrecision.QUARTER, span))));
    }
    Matcher partOfDay = Pattern.compile("(?:(?:later|earlier) )?(?:this |the )?(?:(?:early|late|mid) )?(morning|afternoon|evening)").matcher(t);
    if (partOfDay.matches()) {
      return Optional.of(dayValue(ref, PARTS_OF_DAY.get(partOfDay.group(1)), span));
    }
    if (t.equals("overnight")) {
      // The night before the day told last ("shares fell Friday after overnight losses in New York").
      return Optional.of(dayValue(anchor.day().minusDays(1), "NI", span));
    }
    Matcher period = Pattern.compile("the ((?:19|20)\\d{2}) (?:period|quarter|fiscal year)").matcher(t);
    if (period.matches()) {
      return Optional.of(year(i(period.group(1)), span));
    }
    if (t.matches("the (?:latest |current |most recent |recent )?(?:quarter|period)")) {
      // Without a quarter named in the article: the last quarter that ended before the reference day.
      LocalDate lastQuarterEnd = ref.withDayOfMonth(1).minusMonths((ref.getMonthValue() - 1) % 3).minusDays(1);
      return Optional.of(quarter(lastQuarterEnd.getYear(), (lastQuarterEnd.getMonthValue() + 2) / 3, span));
    }
    if (t.equals("the weekend")) {
      // The weekend of the reference week when told in the past, else the coming one.
      LocalDate saturday = tense == Tense.PAST || ref.getDayOfWeek().getValue() >= 6
          ? ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)) : ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
      String value = String.format(Locale.ROOT, "%d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR), saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      return Optional.of(new Normalized(value, Optional.of(new EventDate(value, saturday, saturday.plusDays(1), DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, Optional.of(span)))));
    }
    if (t.matches("(?:the )?year-(?:earlier|ago)")) {
      return Optional.of(year(ref.getYear() - 1, span));
    }
    Matcher m;
    if (t.matches("(today|this day|now|currently|at present|right now|tonight|this (morning|afternoon|evening))")) {
      String part = t.startsWith("this ") ? PARTS_OF_DAY.get(t.substring(5)) : t.equals("tonight") ? "NI" : null;
      if (t.matches("now|currently|at present|right now")) {
        return Optional.of(new Normalized("PRESENT_REF", Optional.of(day(ref, span))));
      }
      return Optional.of(dayValue(ref, part, span));
    }
    if (t.matches("(yesterday|last night)( (morning|afternoon|evening))?")) {
      String part = t.startsWith("last night") ? "NI" : t.contains(" ") ? PARTS_OF_DAY.get(t.substring(t.indexOf(' ') + 1)) : null;
      return Optional.of(dayValue(ref.minusDays(1), part, span));
    }
    if (t.matches("tomorrow( (morning|afternoon|evening|night))?")) {
      String part = t.contains(" ") ? PARTS_OF_DAY.get(t.substring(t.indexOf(' ') + 1)) : null;
      return Optional.of(dayValue(ref.plusDays(1), part, span));
    }
    m = Pattern.compile("(?:the )?(following|next) (day|morning|afternoon|evening|night)").matcher(t);
    if (m.matches() || t.matches("the day after")) {
      String part = m.matches() ? PARTS_OF_DAY.get(m.group(2)) : null;
      return Optional.of(dayValue(anchor.day().plusDays(1), part, span));
    }
    if (t.matches("the (previous|preceding) (day|morning|evening|night)|the day before")) {
      String part = t.endsWith("morning") ? "MO" : t.endsWith("evening") ? "EV" : t.endsWith("night") ? "NI" : null;
      return Optional.of(dayValue(anchor.day().minusDays(1), part, span));
    }
    m = Pattern.compile("(?:(?:earlier|later) )?(?:that|the same|that same) (day|morning|afternoon|evening|night)").matcher(t);
    if (m.matches()) {
      return Optional.of(dayValue(anchor.day(), PARTS_OF_DAY.get(m.group(1)), span));
    }
    m = ISO.matcher(t);
    if (m.matches() && m.group(3) == null && i(m.group(2)) > 12) {
      // "1974-75": a span of years, not a month.
      int first = i(m.group(1));
      int last = first / 100 * 100 + i(m.group(2));
      if (last > first) {
        return Optional.of(new Normalized(m.group(1), Optional.of(range(m.group(1), LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), DatePrecision.YEAR, span))));
      }
      return Optional.empty();
    }
    if (m.matches()) {
      if (m.group(3) != null) {
        return Optional.of(dayValue(LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3))), null, span));
      }
      return Optional.of(month(YearMonth.of(i(m.group(1)), i(m.group(2))), span));
    }
    m = NUMERIC_DATE.matcher(t);
    if (m.matches()) {
      int year = i(m.group(3));
      year = year < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year;
      int a = i(m.group(1));
      int b = i(m.group(2));
      // Month first, as in American wire copy, unless that cannot be a date.
      int monthNumber = a <= 12 ? a : b;
      int dayNumber = a <= 12 ? b : a;
      if (monthNumber <= 12 && dayNumber <= YearMonth.of(year, monthNumber).lengthOfMonth()) {
        return Optional.of(dayValue(LocalDate.of(year, monthNumber, dayNumber), null, span));
      }
    }
    m = MONTH_DAY_YEAR.matcher(t);
    if (m.find()) {
      return safeDay(i(m.group(3)), MONTHS.get(m.group(1)), i(m.group(2)), span);
    }
    m = DAY_MONTH_YEAR.matcher(t);
    if (m.find()) {
      return safeDay(i(m.group(3)), MONTHS.get(m.group(2)), i(m.group(1)), span);
    }
    m = MONTH_YEAR.matcher(t);
    if (m.find()) {
      return Optional.of(month(YearMonth.of(i(m.group(2)), MONTHS.get(m.group(1))), span));
    }
    m = MONTH_DAY.matcher(t);
    if (m.find() && !t.matches(".*\\d{4}.*")) {
      int monthNumber = MONTHS.get(m.group(1));
      int dayNumber = i(m.group(2));
      return yearForMonth(monthNumber, ref, tense, DAY_GIVEN).flatMap(year -> safeDay(year, monthNumber, dayNumber, span));
    }
    m = DAY_MONTH.matcher(t);
    if (m.find() && !t.matches(".*\\d{4}.*")) {
      int monthNumber = MONTHS.get(m.group(2));
      int dayNumber = i(m.group(1));
      return yearForMonth(monthNumber, ref, tense, DAY_GIVEN).flatMap(year -> safeDay(year, monthNumber, dayNumber, span));
    }
    m = WEEKDAY_PATTERN.matcher(t);
    if (m.matches()) {
      DayOfWeek weekday = WEEKDAYS.get(m.group(2));
      String modifier = m.group(1) == null ? "" : m.group(1);
      // "down from the previous Friday": the Friday before the day told last, as "the day before" is.
      boolean anaphoric = Set.of("the previous", "the preceding", "the following").contains(modifier);
      LocalDate date = weekdayDate(weekday, modifier, anaphoric ? anchor.day() : ref, tense);
      return Optional.of(dayValue(date, m.group(3) == null ? null : PARTS_OF_DAY.get(m.group(3)), span));
    }
    m = MONTH_ALONE.matcher(t);
    if (m.matches()) {
      int monthNumber = MONTHS.get(m.group(2));
      String modifier = m.group(1) == null ? "" : m.group(1);
      return yearForMonth(monthNumber, ref, tense, modifier).map(year -> month(YearMonth.of(year, monthNumber), span));
    }
    m = SEASON.matcher(t);
    if (m.matches()) {
      String season = SEASONS.get(m.group(2));
      int year;
      if (m.group(3) != null) {
        year = i(m.group(3));
      } else {
        String modifier = m.group(1) == null ? "" : m.group(1);
        year = switch (modifier) {
          case "last", "this past", "past" -> seasonIsOver(season, ref) ? ref.getYear() : ref.getYear() - 1;
          case "next", "this coming", "coming" -> seasonIsOver(season, ref) ? ref.getYear() + 1 : ref.getYear();
          default -> ref.getYear();
        };
      }
      return Optional.of(new Normalized(year + "-" + season, Optional.of(range(year + "-" + season, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, span))));
    }
    m = QUARTER.matcher(t);
    if (m.matches()) {
      int quarter = quarterNumber(m.group(4));
      int year;
      if (m.group(5) != null || m.group(3) != null) {
        year = i(m.group(5) != null ? m.group(5) : m.group(3));
      } else {
        // The latest such quarter that has begun; "this year's", "next year's" and "the year-ago"
        // move it by a year.
        year = latestYearOfQuarter(quarter, ref);
        if (m.group(1) != null) {
          year = ref.getYear() + switch (m.group(1)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
          };
        }
        if (m.group(2) != null) {
          year--;
        }
      }
      return Optional.of(quarter(year, quarter, span));
    }
    m = ORDINAL_CENTURY.matcher(t);
    if (m.matches()) {
      // TIMEX3 names a century by its first two digits: the 20th century is "19".
      int century = i(m.group(1)) - 1;
      String value = String.format(Locale.ROOT, "%02d", century);
      return Optional.of(new Normalized(value, Optional.of(range(value, LocalDate.of(Math.max(1, century * 100), 1, 1), LocalDate.of(century * 100 + 99, 12, 31), DatePrecision.YEAR, span))));
    }
    m = HOLIDAY.matcher(t);
    if (m.matches()) {
      String modifier = m.group(1) == null ? "" : m.group(1);
      String name = m.group(2);
      int month = holidayMonth(name);
      return yearForMonth(month, ref, tense, modifier).map(year -> dayValue(holiday(name, year), null, span));
    }
    m = Pattern.compile("the (?:(?:early|late|mid) )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)").matcher(t);
    if (m.matches()) {
      // "the nineties": the latest such decade before the reference year's.
      int decade = SPOKEN_DECADES.get(m.group(1));
      int century = ref.getYear() / 100 - (decade * 10 > ref.getYear() % 100 ? 1 : 0);
      t = (century * 100 + decade * 10) + "s";
    }
    if (t.matches("(?:the )?(?:end of (?:the|this) year|year's end)")) {
      // TimeML gives the year, with "end" as its modifier.
      return Optional.of(year(ref.getYear(), span));
    }
    if (t.matches("year-end|year end")) {
      // "at year-end", as accounts say it: the last day of the year.
      return Optional.of(dayValue(LocalDate.of(ref.getYear(), 12, 31), null, span));
    }
    m = Pattern.compile("(?:the )?end of (?:the|this) (month|week)").matcher(t);
    if (m.matches()) {
      return Optional.of(m.group(1).equals("month") ? month(YearMonth.from(ref), span) : week(ref, span));
    }
    m = DECADE.matcher(t);
    if (m.matches()) {
      String value = m.group(1);
      int start = i(value) * 10;
      return Optional.of(new Normalized(value, Optional.of(range(value, LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31), DatePrecision.YEAR, span))));
    }
    m = YEAR.matcher(t);
    if (m.matches()) {
      return Optional.of(year(i(m.group(1)), span));
    }
    m = AGO.matcher(t);
    if (m.matches()) {
      Integer amount = NUMBERS.get(m.group(1));
      if (amount == null && m.group(1).matches("\\d+")) {
        amount = i(m.group(1));
      }
      if (amount != null && amount < 0) {
        // "a few years ago", "several months before": no date to count to. Before now it is the
        // past (TimeML's PAST_REF); "later" and "before" only say how long, as a duration.
        if (m.group(3).equals("ago")) {
          return Optional.of(new Normalized("PAST_REF", Optional.empty()));
        }
        if (Set.of("later", "before").contains(m.group(3))) {
          return duration(m.group(1).replaceFirst("^a ", "") + " " + m.group(2) + "s").map(value -> new Normalized(value, Optional.empty()));
        }
        return Optional.empty();
      }
      if (amount != null) {
        boolean forward = m.group(3).equals("later") || m.group(3).equals("from now") || m.group(3).equals("hence");
        // "ago" and "from now" count from the telling; "earlier", "later" and "before" from the
        // date told last ("On Oct. 23 … Ten days earlier").
        boolean fromTelling = m.group(3).equals("ago") || m.group(3).equals("from now") || m.group(3).equals("hence");
        Normalized shifted = shift(fromTelling ? ref : anchor.forUnit(m.group(2)), m.group(2), forward ? amount : -amount, span);
        if (m.group(3).equals("later") || m.group(3).equals("before")) {
          // TimeML marks "three days" in "three days later" as the expression, a duration, and
          // "later" as the signal that relates it (its guidelines' SIGNAL examples); the date it
          // leads to still dates the event.
          Optional<String> length = duration(m.group(1) + " " + m.group(2) + (amount == 1 ? "" : "s"));
          if (length.isPresent()) {
            return Optional.of(new Normalized(length.get(), shifted.date()));
          }
        }
        return Optional.of(shifted);
      }
    }
    m = RELATIVE_UNIT.matcher(t);
    if (m.matches()) {
      String which = m.group(1);
      int offset = switch (which) {
        case "last", "the past", "the previous", "the last", "this past" -> -1;
        case "next", "the coming", "the following", "the next", "this coming" -> 1;
        default -> 0;
      };
      // "the following year", "that month": counted from the one the article told last.
      boolean anaphoric = Set.of("the following", "the previous", "the same", "that").contains(which);
      Normalized shifted = shift(anaphoric ? anchor.forUnit(m.group(2)) : ref, m.group(2), offset, span);
      // "earlier this week" said on Thursday is Monday to Thursday; "later this year" starts today.
      if (offset == 0 && !anaphoric && shifted.date().isPresent() && (t.startsWith("earlier ") || t.startsWith("later "))) {
        EventDate d = shifted.date().get();
        LocalDate start = t.startsWith("later ") && ref.isAfter(d.start()) ? ref : d.start();
        LocalDate end = t.startsWith("earlier ") && ref.isBefore(d.end()) ? ref : d.end();
        return Optional.of(new Normalized(shifted.value(), Optional.of(new EventDate(d.value(), start, end, d.precision(), d.origin(), d.evidence()))));
      }
      return Optional.of(shifted);
    }
    if (t.matches("(recently|previously|in the past|formerly|earlier|once)")) {
      return Optional.of(new Normalized("PAST_REF", Optional.empty()));
    }
    if (t.matches("(soon|in the future|the future|later|shortly|in the coming (days|weeks|months)|the near future|the near term|the short term)")) {
      return Optional.of(new Normalized("FUTURE_REF", Optional.empty()));
    }
    return Optional.empty();
  }

  private static final Pattern ORDINAL_CENTURY = Pattern.compile("(?:the )?(\\d{1,2})(?:st|nd|rd|th) century");
  private static final Pattern HOLIDAY = Pattern.compile("(?:(last|next|this) )?(" + Holidays.shared().alternation() + ")(?: day)?");

  private static int holidayMonth(String name) {
    return Holidays.shared().month(name);
  }

  /** The date of a holiday of time/holidays.tsv in a year: Thanksgiving is November's fourth Thursday. */
  static LocalDate holiday(String name, int year) {
    return Holidays.shared().date(name, year);
  }

  private static final Map<String, Integer> SPOKEN_TENS = Map.ofEntries(
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
  private static final Pattern SPOKEN_YEAR = Pattern.compile(
      "\\b(eighteen|nineteen) (ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          + "(?: ?- ?| )?(one|two|three|four|five|six|seven|eight|nine)?\\b");

  /** "nineteen ninety-six" is 1996 and "the year two thousand" 2000, as broadcast transcripts spell years. */
  static String spokenYears(String t) {
    Matcher m = SPOKEN_YEAR.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int year = SPOKEN_TENS.get(m.group(1)) * 100 + SPOKEN_TENS.get(m.group(2)) + (m.group(3) == null ? 0 : NUMBERS.get(m.group(3)));
      m.appendReplacement(out, String.valueOf(year));
    }
    m.appendTail(out);
    return out.toString().replaceAll("^the year two thousand$", "2000");
  }

  /** The amount of time without its hedges and number words: "nearly twenty four hours" is "24 hours". */
  static String plainAmounts(String t) {
    Matcher m = TENS_AND_UNITS.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, String.valueOf(NUMBERS.get(m.group(1)) + NUMBERS.get(m.group(2))));
    }
    m.appendTail(out);
    String plain = HEDGE.matcher(out.toString()).replaceFirst("");
    return AMOUNT_WORDS.matcher(plain).replaceAll("");
  }

  /** "5 1/2 hours" is PT5H30M, "a year and a half" P1Y6M: the half in the next smaller unit. */
  private static Optional<String> andAHalf(String t) {
    Matcher m = AND_A_HALF.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String amount = m.group(1) != null ? m.group(1) : m.group(3);
    String unit = m.group(2) != null ? m.group(2) : m.group(4);
    int whole = amount.matches("\\d+") ? Integer.parseInt(amount) : 1;
    return Optional.of(switch (unit) {
      case "year" -> "P" + whole + "Y6M";
      case "month" -> "P" + whole + "M15D";
      case "day" -> "P" + whole + "DT12H";
      case "hour" -> "PT" + whole + "H30M";
      default -> "PT" + whole + "M30S";
    });
  }

  private static final Pattern DURATION = Pattern.compile("(?:the )?(?:(?:past|last|next|coming|previous|recent|following) )?(a hundred|a couple of|couple of|a few|[a-z]+|\\d+)? ?" + UNIT);

  /** "three years" is P3Y, "recent months" PXM, "the past two weeks" P2W. */
  private static Optional<String> duration(String t) {
    // "a two-year term", "10-year bonds": the same duration written as one adjective.
    Matcher m = DURATION.matcher(t.replaceAll("(\\w)-(\\w)", "$1 $2"));
    if (!m.matches()) {
      return Optional.empty();
    }
    String amount = m.group(1);
    String number;
    if (amount == null || amount.isEmpty()) {
      // "recent months", "coming weeks": how many is not said.
      number = t.contains("recent") || m.group(0).endsWith("s") ? "X" : "1";
    } else if (amount.matches("\\d+")) {
      number = amount;
    } else {
      Integer n = NUMBERS.get(amount);
      number = n == null || n < 0 ? "X" : String.valueOf(n);
    }
    String unit = switch (m.group(2)) {
      case "day" -> "D";
      case "week" -> "W";
      case "month" -> "M";
      case "year" -> "Y";
      case "decade" -> "DE";
      case "quarter" -> "Q";
      case "century" -> "CE";
      case "hour" -> "TH";
      case "minute" -> "TM";
      default -> "X";
    };
    // ISO 8601 has no decades or centuries: "two decades" is P20Y, as TimeML's annotators write it.
    if ((unit.equals("DE") || unit.equals("CE")) && number.matches("\\d+")) {
      return Optional.of("P" + Integer.parseInt(number) * (unit.equals("DE") ? 10 : 100) + "Y");
    }
    return Optional.of(unit.startsWith("T") ? "PT" + number + unit.substring(1) : "P" + number + unit);
  }

  private static boolean seasonIsOver(String season, LocalDate ref) {
    int month = ref.getMonthValue();
    return switch (season) {
      case "SP" -> month > 5;
      case "SU" -> month > 8;
      case "FA" -> month > 11;
      default -> month > 2 && month < 12;
    };
  }

  /**
   * The year a bare month name refers to. "last September" is the most recent September before
   * this month; a bare month follows the tense, and without tense the nearer occurrence.
   */
  /** Passed as the modifier of {@link #yearForMonth} when the month comes with a day ("Nov. 16"). */
  private static final String DAY_GIVEN = "day given";

  private static Optional<Integer> yearForMonth(int month, LocalDate ref, Tense tense, String modifier) {
    int current = ref.getMonthValue();
    int year = ref.getYear();
    String m = modifier == null ? "" : modifier;
    switch (m) {
      case "last", "past":
        return Optional.of(month < current ? year : year - 1);
      case "next", "coming":
        return Optional.of(month > current ? year : year + 1);
      case "this":
        return Optional.of(year);
      default:
        break;
    }
    if (month == current) {
      return Optional.of(year);
    }
    if (tense == Tense.FUTURE) {
      return Optional.of(month > current ? year : year + 1);
    }
    int ahead = Math.floorMod(month - current, 12);
    if (m.equals("earlier")) {
      return Optional.of(month < current ? year : year - 1);
    }
    if (tense == Tense.PAST && m.equals(DAY_GIVEN)) {
      // "was extended to Nov. 16" written in late October: a month or two ahead is nearer than
      // ten months back, and news gives the year of a date that far back.
      return Optional.of(ahead >= 1 && ahead <= 2 ? (month > current ? year : year + 1) : (month < current ? year : year - 1));
    }
    if (tense == Tense.PAST) {
      // "talks were set for early March" told in February: the month just ahead is that month,
      // not one eleven months back, which news would give with its year.
      return Optional.of(ahead == 1 && Set.of("", "early", "mid", "late").contains(m) ? (month > current ? year : year + 1) : (month < current ? year : year - 1));
    }
    // No tense: news mostly reports what has happened, so the past unless the month is close ahead.
    return Optional.of(ahead <= 2 ? (month > current ? year : year + 1) : (month < current ? year : year - 1));
  }

  private static LocalDate weekdayDate(DayOfWeek weekday, String modifier, LocalDate ref, Tense tense) {
    switch (modifier) {
      case "last", "past", "previous", "the previous", "preceding", "the preceding":
        return ref.with(TemporalAdjusters.previous(weekday));
      case "next", "coming", "the following":
        return ref.with(TemporalAdjusters.next(weekday));
      case "earlier", "early":
        return ref.with(TemporalAdjusters.previousOrSame(weekday));
      case "later", "late":
        return ref.with(TemporalAdjusters.nextOrSame(weekday));
      default:
        break;
    }
    if (tense == Tense.FUTURE) {
      return ref.with(TemporalAdjusters.nextOrSame(weekday));
    }
    if (tense == Tense.PAST) {
      return ref.with(TemporalAdjusters.previousOrSame(weekday));
    }
    // No tense: news reports what has happened, so the last such day, unless it is tomorrow
    // (TimeBank and AQUAINT: of the weekdays two or three days ahead and four or five behind
    // the publication date, 13 of 15 are the one behind).
    LocalDate before = ref.with(TemporalAdjusters.previousOrSame(weekday));
    LocalDate after = ref.with(TemporalAdjusters.nextOrSame(weekday));
    return ChronoUnit.DAYS.between(ref, after) == 1 ? after : before;
  }

  private static Normalized shift(LocalDate ref, String unit, int amount, Span span) {
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

  private static Normalized week(LocalDate date, Span span) {
    int weekYear = date.get(IsoFields.WEEK_BASED_YEAR);
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    String value = String.format(Locale.ROOT, "%d-W%02d", weekYear, week);
    LocalDate monday = date.with(DayOfWeek.MONDAY);
    return new Normalized(value, Optional.of(range(value, monday, monday.plusDays(6), DatePrecision.WEEK, span)));
  }

  private static Optional<Normalized> safeDay(int year, Integer month, int day, Span span) {
    if (month == null || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(dayValue(LocalDate.of(year, month, day), null, span));
  }

  private static Normalized dayValue(LocalDate date, String partOfDay, Span span) {
    String value = date.toString() + (partOfDay == null ? "" : "T" + partOfDay);
    EventDate eventDate = new EventDate(date.toString(), date, date, DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, Optional.of(span));
    return new Normalized(value, Optional.of(eventDate));
  }

  private static EventDate day(LocalDate date, Span span) {
    return new EventDate(date.toString(), date, date, DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, Optional.of(span));
  }

  private static Normalized month(YearMonth month, Span span) {
    String value = month.toString();
    return new Normalized(value, Optional.of(range(value, month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, span)));
  }

  private static Normalized year(int year, Span span) {
    String value = String.format(Locale.ROOT, "%04d", year);
    return new Normalized(value, Optional.of(range(value, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, span)));
  }

  private static EventDate range(String value, LocalDate start, LocalDate end, DatePrecision precision, Span span) {
    return new EventDate(value, start, end, precision, DateOrigin.TIME_EXPRESSION, Optional.of(span));
  }

  /** The dates a TIMEX3 value denotes ("2022-12-30TMO", "2022-W52", "2022-09", "2022"), if any. */
  public static Optional<EventDate> dateOfValue(String value, Span span, DateOrigin origin) {
    Matcher m = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*").matcher(value);
    if (m.matches()) {
      try {
        LocalDate date = LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3)));
        return Optional.of(new EventDate(date.toString(), date, date, DatePrecision.DAY, origin, Optional.of(span)));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    m = Pattern.compile("(\\d{4})-W(\\d{2})").matcher(value);
    if (m.matches()) {
      LocalDate monday = LocalDate.of(i(m.group(1)), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m.group(2))).with(DayOfWeek.MONDAY);
      return Optional.of(new EventDate(value, monday, monday.plusDays(6), DatePrecision.WEEK, origin, Optional.of(span)));
    }
    m = Pattern.compile("(\\d{4})-(\\d{2})").matcher(value);
    if (m.matches()) {
      YearMonth month = YearMonth.of(i(m.group(1)), i(m.group(2)));
      return Optional.of(new EventDate(value, month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, origin, Optional.of(span)));
    }
    m = Pattern.compile("(\\d{4})").matcher(value);
    if (m.matches()) {
      int year = i(m.group(1));
      return Optional.of(new EventDate(value, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, origin, Optional.of(span)));
    }
    return Optional.empty();
  }

  private static int i(String s) {
    return Integer.parseInt(s);
  }
}
