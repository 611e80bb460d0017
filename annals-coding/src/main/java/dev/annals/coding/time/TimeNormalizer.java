package dev.annals.coding.time;

import static dev.annals.coding.time.CalendarDirection.DAY_GIVEN;
import static dev.annals.coding.time.CalendarDirection.seasonIsOver;
import static dev.annals.coding.time.CalendarDirection.weekdayDate;
import static dev.annals.coding.time.CalendarDirection.yearForMonth;
import static dev.annals.coding.time.CalendarWords.MONTH;
import static dev.annals.coding.time.CalendarWords.MONTHS;
import static dev.annals.coding.time.CalendarWords.PARTS_OF_DAY;
import static dev.annals.coding.time.CalendarWords.SEASONS;
import static dev.annals.coding.time.CalendarWords.WEEKDAY;
import static dev.annals.coding.time.CalendarWords.WEEKDAYS;
import static dev.annals.coding.time.ClockTimes.clockTime;
import static dev.annals.coding.time.Durations.andAHalf;
import static dev.annals.coding.time.Durations.duration;
import static dev.annals.coding.time.Durations.plainAmounts;
import static dev.annals.coding.time.FinancialPeriods.financialPeriod;
import static dev.annals.coding.time.FinancialPeriods.latestYearOfQuarter;
import static dev.annals.coding.time.FinancialPeriods.quarterNumber;
import static dev.annals.coding.time.RecurringTimes.set;
import static dev.annals.coding.time.RelativeTimes.relativeTime;
import static dev.annals.coding.time.SpokenYears.spokenYears;
import static dev.annals.coding.time.TimexValues.dateOfValue;
import static dev.annals.coding.time.TimexValues.day;
import static dev.annals.coding.time.TimexValues.dayValue;
import static dev.annals.coding.time.TimexValues.month;
import static dev.annals.coding.time.TimexValues.quarter;
import static dev.annals.coding.time.TimexValues.range;
import static dev.annals.coding.time.TimexValues.safeDay;
import static dev.annals.coding.time.TimexValues.week;
import static dev.annals.coding.time.TimexValues.year;
import dev.annals.model.DateOrigin;
import dev.annals.model.DatePrecision;
import dev.annals.model.EventDate;
import dev.annals.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
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
  /** "That evening", "later that night": a part of the day told last. */
  private static final Pattern THAT_PART_OF_DAY = Pattern.compile("(?:(?:later|earlier) )?that (morning|afternoon|evening|night)");
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
    Matcher accountYear = ACCOUNT_YEAR.matcher(t);
    if (accountYear.matches()) {
      return accountYear(accountYear.group(1), type, reference, span);
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

  private static final Pattern ACCOUNT_YEAR = Pattern.compile("the (?:(?:full|whole|entire) )?(?:(current|latest|last|previous) fiscal |fiscal )?year");

  /**
   * "the full year", "the current fiscal year": the reference year, "the latest fiscal year" the
   * one before it; "the year ended Sept. 30" (a duration by the finder) is one year long.
   */
  private static Normalized accountYear(String which, String type, LocalDate reference, Span span) {
    if (type.equals("DURATION")) {
      return new Normalized("P1Y", Optional.empty());
    }
    boolean before = which != null && Set.of("latest", "last", "previous").contains(which);
    return year(reference.getYear() - (before ? 1 : 0), span);
  }

  private Optional<Normalized> rules(String t, LocalDate ref, DiscourseAnchor anchor, Tense tense, Span span) {
    Optional<Normalized> clock = clockTime(t, anchor, span, rest -> rules(rest, ref, anchor, tense, span));
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
    // "called in the ambassador that evening": a part of the day told last.
    Matcher thatPartOfDay = THAT_PART_OF_DAY.matcher(t);
    if (thatPartOfDay.matches()) {
      return Optional.of(dayValue(anchor.day(), PARTS_OF_DAY.get(thatPartOfDay.group(1)), span));
    }
    if (t.equals("overnight")) {
      // The night before the day told last ("shares fell Friday after overnight losses in New York").
      // What was done overnight is dated by the day the night ran into, as news dates a strike
      // "overnight" by the morning it is told of; the value keeps the night itself.
      Normalized night = dayValue(anchor.day().minusDays(1), "NI", span);
      return Optional.of(new Normalized(night.value(), Optional.of(TimexValues.day(anchor.day(), span))));
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
      String value = TimexValues.weekendValue(saturday);
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
      // "at year-end", as accounts say it: the last day of the year; "since year-end" the last one passed.
      int year = tense == Tense.PAST && !(ref.getMonthValue() == 12 && ref.getDayOfMonth() == 31) ? ref.getYear() - 1 : ref.getYear();
      return Optional.of(dayValue(LocalDate.of(year, 12, 31), null, span));
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
    return relativeTime(t, ref, anchor, span);
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

  private static int i(String s) {
    return Integer.parseInt(s);
  }
}
