package dev.annals.coding.time;

import static dev.annals.coding.time.TimeWords.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the periods financial news reports on: quarters ("third-quarter", "the fiscal first
 * quarter"), "the year-ago period", the year an account covers ("the full year") and half-years
 * ("the first half of 1990"). Their values are {@link FinancialPeriods}' and the normaliser's.
 */
final class FinancialPeriodFinder {
  private FinancialPeriodFinder() {}

  private static final Pattern HYPHENATED_QUARTER = Pattern.compile("(first|second|third|fourth|1st|2nd|3rd|4th)-quarter");
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th");
  /** Words that make "the ... quarter/period" a time in financial news: "the year-ago quarter". */
  private static final Set<String> PERIOD_MODIFIERS = Set.of(
      "latest", "current", "recent", "just-ended", "same", "comparable", "corresponding", "year-earlier", "year-ago", "year-before", "prior", "fiscal");
  /** Words before "year" that keep it the year an account covers: "the full year", "the fiscal year". */
  private static final Set<String> ACCOUNT_YEAR_WORDS = Set.of("full", "fiscal", "whole", "entire", "current", "latest", "last", "previous");

  /**
   * Quarters and reporting periods: "third-quarter", "the fiscal first quarter", "the quarter",
   * "the year-ago period", "year-earlier".
   */
  static Optional<TimeMatch> quarterOrPeriod(SentenceWords sentence, int i) {
    // The tokenizer splits "third-quarter" and "year-ago" at the hyphen; join them back.
    List<String> words = new ArrayList<>();
    List<Integer> lastTokens = new ArrayList<>();
    int t = i;
    while (sentence.has(t) && words.size() < 6) {
      String word = sentence.at(t);
      int last = t;
      while (sentence.at(last + 1).equals("-") && sentence.has(last + 2)) {
        word = word + "-" + sentence.at(last + 2);
        last += 2;
      }
      words.add(word);
      lastTokens.add(last);
      t = last + 1;
    }
    String first = words.get(0);
    if (HYPHENATED_QUARTER.matcher(first).matches()) {
      return Optional.of(new TimeMatch(i, lastTokens.get(0), "DATE"));
    }
    String second = words.size() > 1 ? words.get(1) : "";
    if ((first.equals("year-earlier") || first.equals("year-ago")) && !second.matches("quarter|period")) {
      return Optional.of(new TimeMatch(i, lastTokens.get(0), "DATE"));
    }
    // "this year's third quarter", "next year's first quarter"
    if ((first.equals("this") || first.equals("last") || first.equals("next")) && words.size() >= 5 && second.equals("year") && words.get(2).equals("'s")
        && ORDINALS.contains(words.get(3)) && words.get(4).equals("quarter")) {
      return Optional.of(new TimeMatch(i, lastTokens.get(4), "DATE"));
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
    return Optional.of(new TimeMatch(i, last, "DATE"));
  }

  /**
   * "the year", "the full year", "the current fiscal year": the year a report's figures cover, as
   * financial news writes it ("Sales for the full year were $6.6 billion", "the year ended Sept.
   * 30"). Followed by "ended" or "ending" it is the length of that period, a duration, as TimeML
   * gives it. "The year before" and "the year-earlier" compare, and are left to those rules.
   */
  static Optional<TimeMatch> reportingYear(SentenceWords sentence, int i) {
    if (!sentence.at(i).equals("the")) {
      return Optional.empty();
    }
    int j = i + 1;
    while (j < i + 3 && ACCOUNT_YEAR_WORDS.contains(sentence.at(j))) {
      j++;
    }
    boolean fiscal = j > i + 1 && sentence.at(j - 1).equals("fiscal");
    if (!sentence.at(j).equals("year") || (j > i + 1 && Set.of("current", "latest", "last", "previous").contains(sentence.at(i + 1)) && !fiscal)) {
      // "the last year" and "the current year" are the deictic rules' own.
      return Optional.empty();
    }
    String next = sentence.at(j + 1);
    if (Set.of("before", "after", "earlier", "later", "-", "ago", "two").contains(next) || YEAR.matcher(next).matches()
        || next.equals("'s") && sentence.at(j + 2).equals("end")) {
      return Optional.empty();
    }
    boolean period = Set.of("ended", "ending", "to").contains(next) && !sentence.at(j + 2).equals("date");
    return Optional.of(new TimeMatch(i, j, period ? "DURATION" : "DATE"));
  }

  /** "the first two quarters of 1990", "the first half of 1990": a half-year (TIMEX3 H1, H2). */
  static Optional<TimeMatch> halfYear(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    String after = sentence.at(i + 2);
    if (Set.of("first", "last").contains(word) && next.equals("two") && after.equals("quarters")
        && sentence.at(i + 3).equals("of") && YEAR.matcher(sentence.at(i + 4)).matches()) {
      return Optional.of(new TimeMatch(i, i + 4, "DATE"));
    }
    if (word.equals("the") && Set.of("first", "second", "last", "latter").contains(next) && after.equals("half")
        && sentence.at(i + 3).equals("of") && YEAR.matcher(sentence.at(i + 4)).matches()) {
      return Optional.of(new TimeMatch(i, i + 4, "DATE"));
    }
    return Optional.empty();
  }
}
