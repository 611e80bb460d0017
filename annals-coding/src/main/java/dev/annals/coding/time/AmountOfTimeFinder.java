package dev.annals.coding.time;

import static dev.annals.coding.time.TimeWords.TENS_WORDS;
import static dev.annals.coding.time.TimeWords.UNITS;
import static dev.annals.coding.time.TimeWords.UNIT_WORDS;
import static dev.annals.coding.time.TimeWords.isNumber;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds amounts of time: lengths ("three years", "nearly two weeks", "a couple of years", "for
 * years") and the dates they count to ("three days ago", "two weeks earlier"). Their values are
 * {@link Durations}'.
 */
final class AmountOfTimeFinder {
  private AmountOfTimeFinder() {}

  private static final Set<String> PLURAL_UNITS = Set.of("days", "weeks", "months", "years", "decades", "quarters", "hours", "minutes");
  /** Words that hedge an amount of time, kept in its expression as TimeML does: "nearly two weeks ago". */
  private static final List<List<String>> HEDGES = List.of(
      List.of("nearly"), List.of("almost"), List.of("about"), List.of("around"), List.of("roughly"), List.of("approximately"),
      List.of("more", "than"), List.of("less", "than"), List.of("fewer", "than"), List.of("at", "least"), List.of("at", "most"),
      List.of("no", "more", "than"), List.of("up", "to"), List.of("just", "over"), List.of("just", "under"));
  /** Words between an amount and its unit that leave the amount as it is: "two more weeks", "eight trading days". */
  private static final Set<String> AMOUNT_WORDS = Set.of("more", "additional", "trading", "straight", "consecutive");
  /** Words before a bare plural unit that make it an untold amount of time: "for years", "within weeks", "for the first time in years". */
  private static final Set<String> LENGTH_PREPOSITIONS = Set.of("for", "within", "in");
  /** Words after a unit that make it a date counted to, or no length at all ("years old", "weeks of work"). */
  private static final Set<String> NOT_A_LENGTH = Set.of("ago", "earlier", "later", "before", "after", "old", "of", "-");

  /** "for years", "within weeks": a length of time with no number, TimeML's PXY. */
  static Optional<TimeMatch> untoldAmount(SentenceWords sentence, int i) {
    if (!PLURAL_UNITS.contains(sentence.at(i)) || !LENGTH_PREPOSITIONS.contains(sentence.before(i)) || NOT_A_LENGTH.contains(sentence.at(i + 1))) {
      return Optional.empty();
    }
    return Optional.of(new TimeMatch(i, i, "DURATION"));
  }

  /** "within a week", "for a year": a bare "a year" is as often "per year", these are lengths. */
  static Optional<TimeMatch> aUnitAfterALengthPreposition(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    if ((word.equals("a") || word.equals("an")) && i > 0 && Set.of("within", "for").contains(sentence.at(i - 1)) && UNITS.contains(next)
        && !PLURAL_UNITS.contains(next) && !Set.of("ago", "earlier", "later", "before").contains(sentence.at(i + 2))) {
      return Optional.of(new TimeMatch(i, i + 1, "DURATION"));
    }
    return Optional.empty();
  }

  /**
   * "Belgrade responded hours later": a few hours (minutes) after the date told last, with no
   * number, still on that day (the words {@link RelativeTimes#isSameDay} reads); a number before
   * the unit is {@link #amountOfTime}'s.
   */
  static Optional<TimeMatch> unitsLater(SentenceWords sentence, int i) {
    if (!RelativeTimes.isSameDay(sentence.at(i) + " " + sentence.at(i + 1))
        || (i > 0 && (sentence.before(i).matches("\\d+") || Durations.NUMBERS.containsKey(sentence.before(i))))) {
      return Optional.empty();
    }
    return Optional.of(new TimeMatch(i, i + 1, "DATE"));
  }

  /** "in coming weeks". */
  static Optional<TimeMatch> comingUnits(SentenceWords sentence, int i) {
    if (sentence.at(i).equals("coming") && PLURAL_UNITS.contains(sentence.at(i + 1))) {
      return Optional.of(new TimeMatch(i, i + 1, "DURATION"));
    }
    return Optional.empty();
  }

  /** "two - year": the tokenizer split the hyphen off a length used as an adjective. */
  static Optional<TimeMatch> hyphenatedLength(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String after = sentence.at(i + 2);
    if (sentence.at(i + 1).equals("-") && isNumber(word) && !word.equals("a") && UNITS.contains(after) && !after.equals("weekend")) {
      return Optional.of(new TimeMatch(i, i + 2, "DURATION"));
    }
    return Optional.empty();
  }

  /** "in recent months". */
  static Optional<TimeMatch> recentUnits(SentenceWords sentence, int i) {
    if (sentence.at(i).equals("recent") && UNITS.contains(sentence.at(i + 1))) {
      return Optional.of(new TimeMatch(i, i + 1, "DURATION"));
    }
    return Optional.empty();
  }

  /** An amount of time, hedged ("nearly two weeks ago", "at least 20 more years") or not. */
  static Optional<TimeMatch> amount(SentenceWords sentence, int i) {
    int hedge = hedgeEnd(sentence, i);
    if (hedge >= 0) {
      Optional<TimeMatch> hedged = amountOfTime(sentence, hedge + 1, true);
      if (hedged.isPresent()) {
        return Optional.of(hedged.get().startingAt(i));
      }
    }
    return amountOfTime(sentence, i, false);
  }

  /**
   * "three days ago", "two weeks earlier", and durations "three years", "several months", "a
   * couple of years", "twenty four hours", "5 1/2 hours", "two more weeks", "a year and a half".
   * A bare "a year" is no expression (news writes it as often for "per year"); hedged ("nearly a
   * year", or after "the past"), added to ("an additional year") or with its half, it is.
   */
  static Optional<TimeMatch> amountOfTime(SentenceWords sentence, int i, boolean hedged) {
    String word = sentence.at(i);
    int last = amountEnd(sentence, i);
    if (last < 0) {
      return Optional.empty();
    }
    boolean added = AMOUNT_WORDS.contains(sentence.at(last + 1));
    int unit = added ? last + 2 : last + 1;
    if (!UNITS.contains(sentence.at(unit))) {
      return Optional.empty();
    }
    String after = sentence.at(unit + 1);
    if (after.equals("ago") || after.equals("earlier") || after.equals("later") || after.equals("before")) {
      return Optional.of(new TimeMatch(i, unit + 1, "DATE"));
    }
    boolean half = after.equals("and") && sentence.at(unit + 2).equals("a") && sentence.at(unit + 3).equals("half");
    boolean bare = last == i && (word.equals("a") || word.equals("an") || word.equals("many"));
    if (bare && !hedged && !added && !half) {
      return Optional.empty();
    }
    return Optional.of(new TimeMatch(i, half ? unit + 3 : unit, "DURATION"));
  }

  /** The last token of an amount ("three", "twenty four", "5 1/2", "a couple of", "a few", "a hundred"), or -1. */
  private static int amountEnd(SentenceWords sentence, int i) {
    String word = sentence.at(i);
    String next = sentence.at(i + 1);
    if ((word.equals("a") || word.equals("an")) && next.equals("couple") && sentence.at(i + 2).equals("of")) {
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
    if (TENS_WORDS.contains(word) && next.equals("-") && UNIT_WORDS.contains(sentence.at(i + 2))) {
      return i + 2;
    }
    return isNumber(word) ? i : -1;
  }

  /** The last token of a hedge ("nearly", "at least", "no more than") starting here, or -1. */
  private static int hedgeEnd(SentenceWords sentence, int i) {
    for (List<String> hedge : HEDGES) {
      boolean matches = true;
      for (int k = 0; k < hedge.size() && matches; k++) {
        matches = sentence.at(i + k).equals(hedge.get(k));
      }
      if (matches) {
        return i + hedge.size() - 1;
      }
    }
    return -1;
  }
}
