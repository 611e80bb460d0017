package dev.annals.coding.time;

import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Timex;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds time expressions in tokenised text: dates, times of day, durations and sets, in the
 * extent TimeML gives them (without the preposition: "on Friday" is "Friday").
 *
 * <p>Why Annals finds its own: SUTime, CoreNLP's time tagger, spends about 85% of the NER stage's
 * time (measured: 8.5 of 9.5 s on 37k tokens of news), and Annals re-normalises every value
 * anyway. A finite set of patterns over words covers what news writes.
 */
public final class TimeExpressionFinder {
  /** One of the finder's rules: the time expression it sees starting at token {@code i}, if any. */
  @FunctionalInterface
  interface Rule {
    Optional<TimeMatch> at(SentenceWords sentence, int i);
  }

  /**
   * The rules in the order they are tried at each token. The first that matches wins, so the
   * order decides between readings that overlap: "the year-ago quarter" is a financial period
   * before "the year" is the year an account covers, "the past two weeks" a duration before "the
   * past" is TimeML's PAST_REF.
   */
  static final List<Rule> RULES = List.of(
      FinancialPeriodFinder::quarterOrPeriod,
      FinancialPeriodFinder::reportingYear,
      AmountOfTimeFinder::untoldAmount,
      AmountOfTimeFinder::unitsLater,
      RecurringTimeFinder::frequencyAdverb,
      CalendarDateFinder::weekOfADay,
      FinancialPeriodFinder::halfYear,
      RecurringTimeFinder::daily,
      FixedPhraseFinder::theFuture,
      CalendarDateFinder::edgeOfMonth,
      SpokenYearFinder::spokenYear,
      CalendarDateFinder::ordinalCentury,
      HolidayFinder::holiday,
      FixedPhraseFinder::theWeekend,
      FixedPhraseFinder::theNearFuture,
      FixedPhraseFinder::endOfAPeriod,
      SpokenYearFinder::spokenDecade,
      CalendarDateFinder::edgeOfDecade,
      ClockTimeFinder::hourInWords,
      FixedPhraseFinder::earlierThatDay,
      AmountOfTimeFinder::aUnitAfterALengthPreposition,
      FixedPhraseFinder::thePastOrTheseDays,
      AmountOfTimeFinder::comingUnits,
      CalendarDateFinder::numericDateOrDecade,
      CalendarDateFinder::splitEdgeOfMonth,
      AmountOfTimeFinder::hyphenatedLength,
      DeicticDateFinder::modifiedCalendarWord,
      AmountOfTimeFinder::recentUnits,
      RecurringTimeFinder::pluralWeekday,
      CalendarDateFinder::namedDate,
      FixedPhraseFinder::dayWord,
      CalendarDateFinder::season,
      AmountOfTimeFinder::amount,
      ClockTimeFinder::clockTime,
      RecurringTimeFinder::everyUnit);

  /** Every time expression of the sentence, left to right, longest first, none overlapping. */
  public List<Timex> find(List<Token> tokens, Sentence sentence, String text) {
    SentenceWords words = new SentenceWords(tokens, sentence.endToken());
    List<Timex> found = new ArrayList<>();
    int i = sentence.firstToken();
    while (i < sentence.endToken()) {
      Optional<TimeMatch> match = matchAt(words, i);
      if (match.isPresent()) {
        TimeMatch m = match.get();
        Span span = new Span(tokens.get(m.first()).span().start(), tokens.get(m.last()).span().end());
        found.add(new Timex(m.first(), m.last() + 1, m.type(), span.of(text), span, Optional.empty()));
        i = m.last() + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  private static Optional<TimeMatch> matchAt(SentenceWords words, int i) {
    for (Rule rule : RULES) {
      Optional<TimeMatch> match = rule.at(words, i);
      if (match.isPresent()) {
        return match;
      }
    }
    return Optional.empty();
  }
}
