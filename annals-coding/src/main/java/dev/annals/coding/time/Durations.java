package dev.annals.coding.time;

import static dev.annals.coding.time.CalendarWords.UNIT;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts of time as TIMEX3 durations: "three years" P3Y, "nearly twenty four hours" PT24H, "a year and a half" P1Y6M. */
final class Durations {
  private Durations() {}

  static final Map<String, Integer> NUMBERS = Map.ofEntries(
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
  static Optional<String> andAHalf(String t) {
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
  static Optional<String> duration(String t) {
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

}
