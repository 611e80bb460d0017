package dev.annals.coding.time;

import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Timex;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds time expressions in tokenised text: dates, times of day, durations and sets, in the
 * extent TimeML gives them (without the preposition: "on Friday" is "Friday").
 *
 * <p>Why Annals finds its own: SUTime, CoreNLP's time tagger, spends about 85% of the NER stage's
 * time (measured: 8.5 of 9.5 s on 37k tokens of news), and Annals re-normalises every value
 * anyway. A finite set of patterns over words covers what news writes.
 */
public final class TimeExpressionFinder {
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
  private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");
  private static final Set<String> UNITS = Set.of(
      "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "quarter", "quarters",
      "hour", "hours", "minute", "minutes", "century", "centuries", "weekend", "weekends");
  private static final Set<String> CALENDAR_UNITS = Set.of("week", "month", "year", "decade", "quarter", "weekend", "century");
  private static final Set<String> DEICTIC_MODIFIERS = Set.of("last", "next", "this", "past", "coming", "previous", "following", "current", "same");
  private static final Set<String> EDGE_MODIFIERS = Set.of("early", "late", "mid", "earlier", "later");
  private static final Set<String> NUMBER_WORDS = Set.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "several", "few", "a", "an", "many");
  /** Words that hedge an amount of time, kept in its expression as TimeML does: "nearly two weeks ago". */
  private static final List<List<String>> HEDGES = List.of(
      List.of("nearly"), List.of("almost"), List.of("about"), List.of("around"), List.of("roughly"), List.of("approximately"),
      List.of("more", "than"), List.of("less", "than"), List.of("fewer", "than"), List.of("at", "least"), List.of("at", "most"),
      List.of("no", "more", "than"), List.of("up", "to"), List.of("just", "over"), List.of("just", "under"));
  /** Words between an amount and its unit that leave the amount as it is: "two more weeks", "eight trading days". */
  private static final Set<String> AMOUNT_WORDS = Set.of("more", "additional", "trading", "straight", "consecutive");
  private static final Set<String> PLURAL_UNITS = Set.of("days", "weeks", "months", "years", "decades", "quarters", "hours", "minutes");
  private static final Set<String> SINGLE_WORDS = Set.of(
      "today", "yesterday", "tomorrow", "tonight", "now", "currently", "recently", "previously", "formerly", "overnight");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d{2}");
  private static final Pattern DAY = Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  private static final Pattern SLASH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}");
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}(:\\d{2})?");
  private static final Pattern DECADE = Pattern.compile("(1[89]|20)\\d0'?s");

  /** Every time expression of the sentence, left to right, longest first, none overlapping. */
  public List<Timex> find(List<Token> tokens, Sentence sentence, String text) {
    List<Timex> found = new ArrayList<>();
    int i = sentence.firstToken();
    while (i < sentence.endToken()) {
      Optional<Match> match = matchAt(tokens, i, sentence.endToken());
      if (match.isPresent()) {
        Match m = match.get();
        Span span = new Span(tokens.get(m.first).span().start(), tokens.get(m.last).span().end());
        found.add(new Timex(m.first, m.last + 1, m.type, span.of(text), span, Optional.empty()));
        i = m.last + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  private record Match(int first, int last, String type) {}

  private static String w(List<Token> tokens, int i, int end) {
    return i < end ? tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'') : "";
  }

  private static final Pattern HYPHENATED_QUARTER = Pattern.compile("(first|second|third|fourth|1st|2nd|3rd|4th)-quarter");
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th");
  /** Words that make "the ... quarter/period" a time in financial news: "the year-ago quarter". */
  private static final Set<String> PERIOD_MODIFIERS = Set.of(
      "latest", "current", "recent", "just-ended", "same", "comparable", "corresponding", "year-earlier", "year-ago", "year-before", "prior", "fiscal");
  private static final Set<String> TIME_ZONES = Set.of("edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc", "bst", "cet");
  private static final Pattern EDGE_OF_MONTH = Pattern.compile(
      "(early|late|mid)-(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|(1[89]|20)\\d{2}|(1[89]|20)\\d0'?s)");
  private static final Set<String> SPOKEN_DECADES = Set.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");
  /** A part of the day kept as one token with its edge: "mid-afternoon", "late-night". */
  private static final Pattern EDGE_OF_DAY = Pattern.compile("(early|late|mid)-(morning|afternoon|evening|night)");
  private static final Pattern ORDINAL_NUMBER = Pattern.compile("\\d{1,2}(st|nd|rd|th)");
  private static final Set<String> CENTURY_WORDS = Set.of("eighteen", "nineteen");
  private static final Set<String> TENS_WORDS = Set.of(
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final Set<String> UNIT_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  /** Days that news names instead of a date; their dates are in {@link TimeNormalizer}. */
  static final Set<String> HOLIDAYS = Holidays.shared().names();
  private static final Set<String> RECURRING_ADVERBS = Set.of("daily", "weekly", "monthly", "annually", "yearly", "quarterly");

  private Optional<Match> matchAt(List<Token> tokens, int i, int end) {
    String word = w(tokens, i, end);
    String next = w(tokens, i + 1, end);
    String after = w(tokens, i + 2, end);
    boolean capitalised = i < end && Character.isUpperCase(tokens.get(i).text().charAt(0));

    Optional<Match> financial = financialPeriod(tokens, i, end);
    if (financial.isPresent()) {
      return financial;
    }
    Optional<Match> reportingYear = reportingYear(tokens, i, end);
    if (reportingYear.isPresent()) {
      return reportingYear;
    }
    if (PLURAL_UNITS.contains(word)) {
      Optional<Match> untold = untoldAmount(tokens, i, end);
      if (untold.isPresent()) {
        return untold;
      }
    }
    if (RECURRING_ADVERBS.contains(word) && tokens.get(i).tag().startsWith("RB")) {
      return Optional.of(new Match(i, i, "SET"));
    }
    if (word.equals("the") && next.equals("week") && after.equals("of") && MONTHS.contains(w(tokens, i + 3, end))
        && DAY.matcher(w(tokens, i + 4, end)).matches()) {
      // "the week of March 6": the week, named by one of its days.
      return Optional.of(new Match(i, extendMonth(tokens, i + 3, i + 3, end).last(), "DATE"));
    }
    if (Set.of("first", "last").contains(word) && next.equals("two") && after.equals("quarters")
        && w(tokens, i + 3, end).equals("of") && YEAR.matcher(w(tokens, i + 4, end)).matches()) {
      // "the first two quarters of 1990": a half-year.
      return Optional.of(new Match(i, i + 4, "DATE"));
    }
    if (word.equals("the") && Set.of("first", "second", "last", "latter").contains(next) && after.equals("half")
        && w(tokens, i + 3, end).equals("of") && YEAR.matcher(w(tokens, i + 4, end)).matches()) {
      // "the first half of 1990": a half-year (TIMEX3 H1, H2).
      return Optional.of(new Match(i, i + 4, "DATE"));
    }
    if (word.equals("daily")) {
      // TimeML marks "daily" as a set (P1D) as an adjective too: "daily rallies", "the daily Granma".
      return Optional.of(new Match(i, i, "SET"));
    }
    if (word.equals("the") && next.equals("future")) {
      // "in the future": TimeML's FUTURE_REF.
      return Optional.of(new Match(i, i + 1, "DATE"));
    }
    if (EDGE_OF_MONTH.matcher(word).matches()) {
      // "mid-November", "mid-1996" kept as one token.
      return Optional.of(new Match(i, i, "DATE"));
    }
    int spokenYear = spokenYearEnd(tokens, i, end);
    if (spokenYear >= 0) {
      // Broadcast transcripts spell years out: "nineteen ninety-six".
      return Optional.of(new Match(i, spokenYear, "DATE"));
    }
    if (word.equals("the") && next.equals("year") && after.equals("two") && w(tokens, i + 3, end).equals("thousand")) {
      return Optional.of(new Match(i, i + 3, "DATE"));
    }
    if (ORDINAL_NUMBER.matcher(word).matches() && (next.equals("century") || next.equals("centuries"))) {
      return Optional.of(new Match(i, i + 1, "DATE"));
    }
    Optional<Match> holiday = holiday(tokens, i, end);
    if (holiday.isPresent()) {
      return holiday;
    }
    if (word.equals("the") && next.equals("weekend")) {
      return Optional.of(new Match(i, i + 1, "DATE"));
    }
    if (word.equals("the") && (next.equals("near") && (after.equals("future") || after.equals("term")) || next.equals("short") && after.equals("term"))) {
      // "in the near future", "in the short term": TimeML's FUTURE_REF.
      return Optional.of(new Match(i, i + 2, "DATE"));
    }
    if (word.equals("the") && next.equals("end") && after.equals("of") && w(tokens, i + 3, end).matches("the|this")
        && Set.of("year", "month", "week").contains(w(tokens, i + 4, end))) {
      // "the end of the year": the year, with its end as TimeML's modifier.
      return Optional.of(new Match(i, i + 4, "DATE"));
    }
    if (word.equals("year") && next.equals("-") && after.equals("end") || word.equals("year-end")) {
      return Optional.of(new Match(i, word.equals("year-end") ? i : i + 2, "DATE"));
    }
    if (word.equals("the") && SPOKEN_DECADES.contains(next)) {
      return Optional.of(new Match(i, i + 1, "DATE"));
    }
    if (word.equals("the") && EDGE_OF_MONTH.matcher(next).matches() && next.endsWith("s")) {
      // "the mid-1990s"
      return Optional.of(new Match(i, i + 1, "DATE"));
    }
    if ((word.equals("midday") || word.equals("noon") || word.equals("midnight")) && !next.equals("-") && !namesADay(next)) {
      return Optional.of(new Match(i, i, "TIME"));
    }
    if (CLOCK.matcher(word).matches() && (next.equals("in") && after.equals("the") && PARTS_OF_DAY.contains(w(tokens, i + 3, end))
        || next.equals("at") && after.equals("night"))) {
      // "4 in the morning", "10 at night"
      return Optional.of(new Match(i, next.equals("at") ? i + 2 : i + 3, "TIME"));
    }
    if ((word.equals("earlier") || word.equals("later")) && next.equals("that") && (CALENDAR_UNITS.contains(after) || after.equals("day") || PARTS_OF_DAY.contains(after))) {
      // "Earlier that day", "later that year": counted from the date told last.
      return Optional.of(new Match(i, i + 2, PARTS_OF_DAY.contains(after) ? "TIME" : "DATE"));
    }
    if ((word.equals("a") || word.equals("an")) && i > 0 && Set.of("within", "for").contains(w(tokens, i - 1, end)) && UNITS.contains(next)
        && !PLURAL_UNITS.contains(next) && !Set.of("ago", "earlier", "later", "before").contains(after)) {
      // "within a week", "for a year": a bare "a year" is as often "per year", these are lengths.
      return Optional.of(new Match(i, i + 1, "DURATION"));
    }
    if (word.equals("the") && next.equals("past") && !isNumber(after) && !UNITS.contains(after) && !CALENDAR_UNITS.contains(after)
        && !SEASONS.contains(after) && !WEEKDAYS.contains(after) && !MONTHS.contains(after) && !after.equals("couple")) {
      // "In the past, Russia has ...": TimeML's PAST_REF.
      return Optional.of(new Match(i, i + 1, "DATE"));
    }
    if (word.equals("these") && next.equals("days")) {
      return Optional.of(new Match(i, i + 1, "DATE"));
    }
    if (word.equals("coming") && PLURAL_UNITS.contains(next)) {
      // "in coming weeks"
      return Optional.of(new Match(i, i + 1, "DURATION"));
    }

    if (ISO_DATE.matcher(word).matches() || SLASH_DATE.matcher(word).matches()) {
      return Optional.of(new Match(i, i, "DATE"));
    }
    if (DECADE.matcher(word).matches()) {
      return Optional.of(new Match(i, i, "DATE"));
    }
    if (word.equals("the") && DECADE.matcher(next).matches()) {
      return Optional.of(new Match(i, i + 1, "DATE"));
    }
    // "mid-November", "two-year": the tokenizer split the hyphen off.
    if (next.equals("-") && (word.equals("mid") || word.equals("early") || word.equals("late")) && (MONTHS.contains(after) || SEASONS.contains(after))) {
      return Optional.of(new Match(i, i + 2, "DATE"));
    }
    if (next.equals("-") && isNumber(word) && !word.equals("a") && UNITS.contains(after) && !after.equals("weekend")) {
      return Optional.of(new Match(i, i + 2, "DURATION"));
    }
    // Deictic or edge modifier + calendar word: "last week", "earlier this year", "late March".
    if (EDGE_MODIFIERS.contains(word) || DEICTIC_MODIFIERS.contains(word) || word.equals("the")) {
      int j = i + 1;
      String head = next;
      if (EDGE_MODIFIERS.contains(word) && DEICTIC_MODIFIERS.contains(next)) {
        j = i + 2;
        head = after;
      } else if (word.equals("the") && (DEICTIC_MODIFIERS.contains(next) || EDGE_MODIFIERS.contains(next))) {
        j = i + 2;
        head = after;
        Optional<Match> amount = amountOfTime(tokens, j, end, true);
        if (amount.isPresent() && amount.get().type().equals("DURATION")) {
          // "the past two weeks", "the next couple of years": a duration
          return Optional.of(new Match(i, amount.get().last(), "DURATION"));
        }
      } else if (word.equals("the")) {
        if ((next.equals("day") && (after.equals("before") || after.equals("after")))) {
          // "the day before last Tuesday" is one date; "the day before the vote" is the day before.
          String named = w(tokens, i + 3, end);
          int weekday = Set.of("last", "this", "next").contains(named) ? i + 4 : i + 3;
          if (WEEKDAYS.contains(w(tokens, weekday, end))) {
            return Optional.of(new Match(i, weekday, "DATE"));
          }
          return Optional.of(new Match(i, i + 2, "DATE"));
        }
        return Optional.empty();
      }
      if (head.equals("year") && w(tokens, j + 1, end).equals("'s") && Set.of("quarter", "period").contains(w(tokens, j + 2, end))) {
        // "last year's quarter": the same quarter a year before, one expression.
        return Optional.of(new Match(i, j + 2, "DATE"));
      }
      if (CALENDAR_UNITS.contains(head) || PARTS_OF_DAY.contains(head) || head.equals("day") || SEASONS.contains(head)) {
        return Optional.of(new Match(i, j, PARTS_OF_DAY.contains(head) ? "TIME" : "DATE"));
      }
      if (MONTHS.contains(head) && !head.equals("may")) {
        return Optional.of(extendMonth(tokens, i, j, end));
      }
      if (WEEKDAYS.contains(head)) {
        return Optional.of(extendWeekday(tokens, i, j, end));
      }
      if (head.equals("recent") || (word.equals("in") && next.equals("recent"))) {
        return Optional.empty();
      }
      if ((word.equals("earlier") || word.equals("later")) && !capitalised && j == i + 1) {
        return Optional.empty();
      }
    }
    if (word.equals("recent") && UNITS.contains(next)) {
      return Optional.of(new Match(i, i + 1, "DURATION"));
    }
    if (word.endsWith("s") && WEEKDAYS.contains(word.substring(0, word.length() - 1))) {
      // "on Tuesdays": every Tuesday, a set.
      return Optional.of(new Match(i, i, "SET"));
    }
    if (WEEKDAYS.contains(word) && Set.of("mornings", "afternoons", "evenings", "nights").contains(next)) {
      // "Tuesday nights": every Tuesday night.
      return Optional.of(new Match(i, i + 1, "SET"));
    }
    if (WEEKDAYS.contains(word.replace("'s", ""))) {
      return Optional.of(extendWeekday(tokens, i, i, end));
    }
    if (MONTHS.contains(word) && capitalised && !(word.equals("may") && !isDateContext(tokens, i, end)) && !(word.equals("march") && !isDateContext(tokens, i, end))) {
      return Optional.of(extendMonth(tokens, i, i, end));
    }
    if (DAY.matcher(word).matches() && MONTHS.contains(next) && Character.isUpperCase(tokens.get(i + 1).text().charAt(0))) {
      int last = i + 1;
      if (YEAR.matcher(after).matches()) {
        last = i + 2;
      }
      return Optional.of(new Match(i, last, "DATE"));
    }
    if (YEAR.matcher(word).matches() && tokens.get(i).tag().equals("CD")) {
      return Optional.of(new Match(i, i, "DATE"));
    }
    if (SINGLE_WORDS.contains(word)) {
      int last = i;
      if ((word.equals("yesterday") || word.equals("tomorrow") || word.equals("today")) && PARTS_OF_DAY.contains(next)) {
        last = i + 1;
      }
      String type = word.equals("tonight") || word.equals("overnight") || last > i ? "TIME" : "DATE";
      return Optional.of(new Match(i, last, type));
    }
    if ((SEASONS.contains(word) && YEAR.matcher(next).matches())) {
      return Optional.of(new Match(i, i + 1, "DATE"));
    }
    if (SEASONS.contains(word) && next.equals("of")) {
      // "the winter of 1994", "the winter of nineteen ninety-four"
      if (YEAR.matcher(after).matches()) {
        return Optional.of(new Match(i, i + 2, "DATE"));
      }
      if (spokenYearEnd(tokens, i + 2, end) >= 0) {
        return Optional.of(new Match(i, spokenYearEnd(tokens, i + 2, end), "DATE"));
      }
    }
    int hedge = hedgeEnd(tokens, i, end);
    if (hedge >= 0) {
      Optional<Match> hedged = amountOfTime(tokens, hedge + 1, end, true);
      if (hedged.isPresent()) {
        return Optional.of(new Match(i, hedged.get().last(), hedged.get().type()));
      }
    }
    Optional<Match> amount = amountOfTime(tokens, i, end, false);
    if (amount.isPresent()) {
      return amount;
    }
    if (CLOCK.matcher(word).matches() && (next.equals("a.m.") || next.equals("p.m.") || next.equals("a.m") || next.equals("p.m") || next.equals("am") || next.equals("pm") || next.equals("gmt"))) {
      // "9 a.m. EDT Tuesday", "5 p.m. EST, Nov. 9": the clock time with its zone and day.
      int last = i + 1;
      if (TIME_ZONES.contains(w(tokens, last + 1, end))) {
        last++;
      }
      int day = w(tokens, last + 1, end).equals(",") ? last + 2 : last + 1;
      String dayWord = w(tokens, day, end);
      if (namesADay(dayWord)) {
        last = day;
      } else if (MONTHS.contains(dayWord) && DAY.matcher(w(tokens, day + 1, end)).matches()) {
        last = extendMonth(tokens, day, day, end).last();
      }
      return Optional.of(new Match(i, last, "TIME"));
    }
    if ((word.equals("noon") || word.equals("midnight") || EDGE_OF_DAY.matcher(word).matches()) && namesADay(next)) {
      // "noon Thursday", "midnight Friday", "mid-afternoon yesterday": the hour with its day.
      return Optional.of(new Match(i, i + 1, "TIME"));
    }
    boolean namedMonth = MONTHS.contains(next) && next.length() > 3 && Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
    if ((word.equals("every") || word.equals("each")) && (CALENDAR_UNITS.contains(next) || next.equals("day") || WEEKDAYS.contains(next) || namedMonth)) {
      return Optional.of(new Match(i, i + 1, "SET"));
    }
    return Optional.empty();
  }

  /**
   * Quarters and reporting periods: "third-quarter", "the fiscal first quarter", "the quarter",
   * "the year-ago period", "year-earlier".
   */
  private static Optional<Match> financialPeriod(List<Token> tokens, int i, int end) {
    // The tokenizer splits "third-quarter" and "year-ago" at the hyphen; join them back.
    List<String> words = new ArrayList<>();
    List<Integer> lastTokens = new ArrayList<>();
    int t = i;
    while (t < end && words.size() < 6) {
      String word = w(tokens, t, end);
      int last = t;
      while (w(tokens, last + 1, end).equals("-") && last + 2 < end) {
        word = word + "-" + w(tokens, last + 2, end);
        last += 2;
      }
      words.add(word);
      lastTokens.add(last);
      t = last + 1;
    }
    String first = words.get(0);
    if (HYPHENATED_QUARTER.matcher(first).matches()) {
      return Optional.of(new Match(i, lastTokens.get(0), "DATE"));
    }
    String second = words.size() > 1 ? words.get(1) : "";
    if ((first.equals("year-earlier") || first.equals("year-ago")) && !second.matches("quarter|period")) {
      return Optional.of(new Match(i, lastTokens.get(0), "DATE"));
    }
    // "this year's third quarter", "next year's first quarter"
    if ((first.equals("this") || first.equals("last") || first.equals("next")) && words.size() >= 5 && second.equals("year") && words.get(2).equals("'s")
        && ORDINALS.contains(words.get(3)) && words.get(4).equals("quarter")) {
      return Optional.of(new Match(i, lastTokens.get(4), "DATE"));
    }
    int j = first.equals("the") ? 1 : 0;
    int modifiers = 0;
    while (j < words.size() && modifiers < 2 && (PERIOD_MODIFIERS.contains(words.get(j)) || ORDINALS.contains(words.get(j)) || YEAR.matcher(words.get(j)).matches())) {
      j++;
      modifiers++;
    }
    if (j >= words.size()) {
      return Optional.empty();
    }
    String head = words.get(j);
    boolean ordinalQuarter = j > 0 && ORDINALS.contains(words.get(j - 1)) && (head.equals("quarter") || HYPHENATED_QUARTER.matcher(words.get(j - 1) + "-" + head).matches());
    boolean definitePeriod = first.equals("the") && (head.equals("quarter") || (head.equals("period") && modifiers > 0));
    if (!ordinalQuarter && !definitePeriod) {
      return Optional.empty();
    }
    int last = lastTokens.get(j);
    if (j + 2 < words.size() && words.get(j + 1).equals("of") && YEAR.matcher(words.get(j + 2)).matches()) {
      last = lastTokens.get(j + 2);
    } else if (definitePeriod && j + 3 < words.size() && words.get(j + 1).equals("a") && words.get(j + 2).equals("year")
        && words.get(j + 3).matches("ago|earlier")) {
      // "the quarter a year ago": one period, a year back.
      last = lastTokens.get(j + 3);
    }
    return Optional.of(new Match(i, last, "DATE"));
  }

  /** Words before "year" that keep it the year an account covers: "the full year", "the fiscal year". */
  private static final Set<String> ACCOUNT_YEAR_WORDS = Set.of("full", "fiscal", "whole", "entire", "current", "latest", "last", "previous");

  /**
   * "the year", "the full year", "the current fiscal year": the year a report's figures cover, as
   * financial news writes it ("Sales for the full year were $6.6 billion", "the year ended Sept.
   * 30"). Followed by "ended" or "ending" it is the length of that period, a duration, as TimeML
   * gives it. "The year before" and "the year-earlier" compare, and are left to those rules.
   */
  private static Optional<Match> reportingYear(List<Token> tokens, int i, int end) {
    if (!w(tokens, i, end).equals("the")) {
      return Optional.empty();
    }
    int j = i + 1;
    while (j < i + 3 && ACCOUNT_YEAR_WORDS.contains(w(tokens, j, end))) {
      j++;
    }
    boolean fiscal = j > i + 1 && w(tokens, j - 1, end).equals("fiscal");
    if (!w(tokens, j, end).equals("year") || (j > i + 1 && Set.of("current", "latest", "last", "previous").contains(w(tokens, i + 1, end)) && !fiscal)) {
      // "the last year" and "the current year" are the deictic rules' own.
      return Optional.empty();
    }
    String next = w(tokens, j + 1, end);
    if (Set.of("before", "after", "earlier", "later", "-", "ago", "two").contains(next) || YEAR.matcher(next).matches()
        || next.equals("'s") && w(tokens, j + 2, end).equals("end")) {
      return Optional.empty();
    }
    boolean period = Set.of("ended", "ending", "to").contains(next) && !w(tokens, j + 2, end).equals("date");
    return Optional.of(new Match(i, j, period ? "DURATION" : "DATE"));
  }

  /** Words before a bare plural unit that make it an untold amount of time: "for years", "within weeks", "for the first time in years". */
  private static final Set<String> LENGTH_PREPOSITIONS = Set.of("for", "within", "in");

  /** "for years", "within weeks": a length of time with no number, TimeML's PXY. */
  private static Optional<Match> untoldAmount(List<Token> tokens, int i, int end) {
    String before = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
    String next = w(tokens, i + 1, end);
    if (!LENGTH_PREPOSITIONS.contains(before) || Set.of("ago", "earlier", "later", "before", "after", "old", "of", "-").contains(next)) {
      return Optional.empty();
    }
    return Optional.of(new Match(i, i, "DURATION"));
  }

  /**
   * "three days ago", "two weeks earlier", and durations "three years", "several months", "a
   * couple of years", "twenty four hours", "5 1/2 hours", "two more weeks", "a year and a half".
   * A bare "a year" is no expression (news writes it as often for "per year"); hedged ("nearly a
   * year"), added to ("an additional year") or with its half, it is.
   */
  private static Optional<Match> amountOfTime(List<Token> tokens, int i, int end, boolean hedged) {
    String word = w(tokens, i, end);
    int last = amountEnd(tokens, i, end);
    if (last < 0) {
      return Optional.empty();
    }
    boolean added = AMOUNT_WORDS.contains(w(tokens, last + 1, end));
    int unit = added ? last + 2 : last + 1;
    if (!UNITS.contains(w(tokens, unit, end))) {
      return Optional.empty();
    }
    String after = w(tokens, unit + 1, end);
    if (after.equals("ago") || after.equals("earlier") || after.equals("later") || after.equals("before")) {
      return Optional.of(new Match(i, unit + 1, "DATE"));
    }
    boolean half = after.equals("and") && w(tokens, unit + 2, end).equals("a") && w(tokens, unit + 3, end).equals("half");
    boolean bare = last == i && (word.equals("a") || word.equals("an") || word.equals("many"));
    if (bare && !hedged && !added && !half) {
      return Optional.empty();
    }
    return Optional.of(new Match(i, half ? unit + 3 : unit, "DURATION"));
  }

  /** The last token of an amount ("three", "twenty four", "5 1/2", "a couple of", "a few", "a hundred"), or -1. */
  private static int amountEnd(List<Token> tokens, int i, int end) {
    String word = w(tokens, i, end);
    String next = w(tokens, i + 1, end);
    if ((word.equals("a") || word.equals("an")) && next.equals("couple") && w(tokens, i + 2, end).equals("of")) {
      return i + 2;
    }
    if (word.equals("couple") && next.equals("of")) {
      // "the next couple of years"
      return i + 1;
    }
    if ((word.equals("a") || word.equals("an") || word.equals("one")) && (next.equals("hundred") || next.equals("few"))) {
      return i + 1;
    }
    if (word.matches("\\d+") && next.equals("1/2")) {
      return i + 1;
    }
    if (word.matches("\\d+[ \u00a0]1/2")) {
      // CoreNLP keeps "5 1/2" as one token.
      return i;
    }
    if (TENS_WORDS.contains(word) && UNIT_WORDS.contains(next)) {
      return i + 1;
    }
    if (TENS_WORDS.contains(word) && next.equals("-") && UNIT_WORDS.contains(w(tokens, i + 2, end))) {
      return i + 2;
    }
    return isNumber(word) ? i : -1;
  }

  /** The last token of a hedge ("nearly", "at least", "no more than") starting here, or -1. */
  private static int hedgeEnd(List<Token> tokens, int i, int end) {
    for (List<String> hedge : HEDGES) {
      boolean matches = true;
      for (int k = 0; k < hedge.size() && matches; k++) {
        matches = w(tokens, i + k, end).equals(hedge.get(k));
      }
      if (matches) {
        return i + hedge.size() - 1;
      }
    }
    return -1;
  }

  /** The last token of a year spelt out ("nineteen ninety - six", "nineteen eighty"), or -1. */
  static int spokenYearEnd(List<Token> tokens, int i, int end) {
    if (!CENTURY_WORDS.contains(w(tokens, i, end)) || !TENS_WORDS.contains(w(tokens, i + 1, end))) {
      return -1;
    }
    if (w(tokens, i + 2, end).equals("-") && UNIT_WORDS.contains(w(tokens, i + 3, end))) {
      return i + 3;
    }
    if (UNIT_WORDS.contains(w(tokens, i + 2, end))) {
      return i + 2;
    }
    return i + 1;
  }

  /** "Thanksgiving Day", "last Thanksgiving", "Election Day", "Christmas". */
  private static Optional<Match> holiday(List<Token> tokens, int i, int end) {
    int first = i;
    int j = i;
    if (Set.of("last", "next", "this").contains(w(tokens, j, end))) {
      j++;
    }
    String word = w(tokens, j, end);
    String two = word + " " + w(tokens, j + 1, end);
    if (!Character.isUpperCase(j < end ? tokens.get(j).text().charAt(0) : 'x')) {
      return Optional.empty();
    }
    if (two.equals("new year") && w(tokens, j + 2, end).equals("'s") && w(tokens, j + 3, end).equals("day")) {
      return Optional.of(new Match(first, j + 3, "DATE"));
    }
    if (HOLIDAYS.contains(two.replace(" 's", "'s"))) {
      return Optional.of(new Match(first, j + 1, "DATE"));
    }
    if (HOLIDAYS.contains(word)) {
      return Optional.of(new Match(first, w(tokens, j + 1, end).equals("day") ? j + 1 : j, "DATE"));
    }
    return Optional.empty();
  }

  /** A weekday, "today", "yesterday" or "tomorrow": a word an hour can be on ("noon Thursday"). */
  private static boolean namesADay(String word) {
    return WEEKDAYS.contains(word) || word.equals("today") || word.equals("yesterday") || word.equals("tomorrow");
  }

  private static boolean isNumber(String word) {
    return NUMBER_WORDS.contains(word) || word.matches("\\d+");
  }

  /** "May" and "March" are dates only beside a day, a year, or "in"/"last"/"next". */
  private static boolean isDateContext(List<Token> tokens, int i, int end) {
    String before = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
    String next = w(tokens, i + 1, end);
    return DAY.matcher(next).matches() || YEAR.matcher(next).matches() || before.equals("in") || before.equals("since") || before.equals("until")
        || before.equals("of") || DAY.matcher(before).matches() || DEICTIC_MODIFIERS.contains(before) || EDGE_MODIFIERS.contains(before);
  }

  private static Match extendMonth(List<Token> tokens, int first, int month, int end) {
    int last = month;
    String next = w(tokens, month + 1, end);
    if (spokenYearEnd(tokens, month + 1, end) >= 0) {
      // "January nineteen ninety-seven"
      return new Match(first, spokenYearEnd(tokens, month + 1, end), "DATE");
    }
    if (DAY.matcher(next).matches()) {
      last = month + 1;
      String comma = w(tokens, last + 1, end);
      if (comma.equals(",") && YEAR.matcher(w(tokens, last + 2, end)).matches()) {
        last = last + 2;
      } else if (YEAR.matcher(comma).matches()) {
        last = last + 1;
      }
    } else if (YEAR.matcher(next).matches()) {
      last = month + 1;
    } else if (next.equals(",") && YEAR.matcher(w(tokens, month + 2, end)).matches()) {
      last = month + 2;
    }
    return new Match(first, last, "DATE");
  }

  private static Match extendWeekday(List<Token> tokens, int first, int weekday, int end) {
    int last = weekday;
    String next = w(tokens, weekday + 1, end);
    if (next.equals("'s")) {
      next = w(tokens, weekday + 2, end);
      if (PARTS_OF_DAY.contains(next)) {
        return new Match(first, weekday + 2, "TIME");
      }
    }
    if (PARTS_OF_DAY.contains(next)) {
      return new Match(first, weekday + 1, "TIME");
    }
    if (next.equals(",") && MONTHS.contains(w(tokens, weekday + 2, end)) && DAY.matcher(w(tokens, weekday + 3, end)).matches()) {
      // "Sunday, March 8" is one date; "Sunday, March eighth" keeps the weekday alone.
      Match date = extendMonth(tokens, weekday + 2, weekday + 2, end);
      return new Match(first, date.last(), "DATE");
    }
    // "Friday Oct. 13": the weekday and its date are one expression.
    if (MONTHS.contains(next) && DAY.matcher(w(tokens, weekday + 2, end)).matches()) {
      return new Match(first, extendMonth(tokens, weekday + 1, weekday + 1, end).last(), "DATE");
    }
    return new Match(first, last, "DATE");
  }
}
