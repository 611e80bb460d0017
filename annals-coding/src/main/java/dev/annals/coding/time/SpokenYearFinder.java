package dev.annals.coding.time;

import static dev.annals.coding.time.TimeWords.TENS_WORDS;
import static dev.annals.coding.time.TimeWords.UNIT_WORDS;

import java.util.Optional;
import java.util.Set;

/**
 * Finds years and decades spelt out, as broadcast transcripts write them: "nineteen ninety-six",
 * "the year two thousand", "the nineties". Their values are {@link SpokenYears}'.
 */
final class SpokenYearFinder {
  private SpokenYearFinder() {}

  private static final Set<String> CENTURY_WORDS = Set.of("eighteen", "nineteen");
  private static final Set<String> SPOKEN_DECADES = Set.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");

  /** "nineteen ninety-six", "the year two thousand". */
  static Optional<TimeMatch> spokenYear(SentenceWords sentence, int i) {
    int spokenYear = spokenYearEnd(sentence, i);
    if (spokenYear >= 0) {
      return Optional.of(new TimeMatch(i, spokenYear, "DATE"));
    }
    if (sentence.at(i).equals("the") && sentence.at(i + 1).equals("year") && sentence.at(i + 2).equals("two") && sentence.at(i + 3).equals("thousand")) {
      return Optional.of(new TimeMatch(i, i + 3, "DATE"));
    }
    return Optional.empty();
  }

  /** "the nineties". */
  static Optional<TimeMatch> spokenDecade(SentenceWords sentence, int i) {
    if (sentence.at(i).equals("the") && SPOKEN_DECADES.contains(sentence.at(i + 1))) {
      return Optional.of(new TimeMatch(i, i + 1, "DATE"));
    }
    return Optional.empty();
  }

  /** The last token of a year spelt out ("nineteen ninety - six", "nineteen eighty"), or -1. */
  static int spokenYearEnd(SentenceWords sentence, int i) {
    if (!CENTURY_WORDS.contains(sentence.at(i)) || !TENS_WORDS.contains(sentence.at(i + 1))) {
      return -1;
    }
    if (sentence.at(i + 2).equals("-") && UNIT_WORDS.contains(sentence.at(i + 3))) {
      return i + 3;
    }
    if (UNIT_WORDS.contains(sentence.at(i + 2))) {
      return i + 2;
    }
    return i + 1;
  }
}
