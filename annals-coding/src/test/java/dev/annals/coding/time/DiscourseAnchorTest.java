package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.HandBuiltText;
import dev.annals.model.DateOrigin;
import dev.annals.model.DatePrecision;
import dev.annals.model.EventDate;
import dev.annals.model.ResolvedTime;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscourseAnchorTest {
  private static final LocalDate THURSDAY_29_DEC_2022 = LocalDate.of(2022, 12, 29);
  /** The article last told of 5 October 2019. */
  private static final DiscourseAnchor OCTOBER_5_2019 = new DiscourseAnchor(LocalDate.of(2019, 10, 5), YearMonth.of(2019, 10), 2019);
  private final TimeNormalizer normalizer = new TimeNormalizer();

  @ParameterizedTest(name = "{0} after 2019-10-05 was told -> {1}")
  @CsvSource(delimiter = '|', value = {
    "the next day | 2019-10-06",
    "the following morning | 2019-10-06TMO",
    "the day before | 2019-10-04",
    "that same day | 2019-10-05",
    "same day | 2019-10-05",
    "later that night | 2019-10-05TNI",
    "two days earlier | 2019-10-03",
    "the following year | 2020",
    "later that year | 2019",
    "the following month | 2019-11",
    "10 p.m. | 2019-10-05T22:00",
    "the previous Friday | 2019-10-04",
    "the following Monday | 2019-10-07",
    "overnight | 2019-10-04TNI",
    // Counted from the telling, whatever the article told before:
    "two days ago | 2022-12-27",
    "next year | 2023",
    "yesterday | 2022-12-28",
  })
  void anaphoricExpressionsCountFromTheDateToldLast(String text, String expected) {
    assertThat(normalizer.normalize(text, "DATE", Optional.empty(), THURSDAY_29_DEC_2022, OCTOBER_5_2019, Tense.PAST, new Span(0, text.length()),
        Optional.empty(), SentenceFigures.NONE).value()).isEqualTo(expected);
  }

  @Test
  void whatWasDoneOvernightIsDatedByTheDayTheNightRanInto() {
    // "struck a depot overnight", told after 5 October 2019: the night of the 4th, done by the 5th.
    var normalized = normalizer.normalize("overnight", "TIME", Optional.empty(), THURSDAY_29_DEC_2022, OCTOBER_5_2019, Tense.PAST, new Span(0, 9),
        Optional.empty(), SentenceFigures.NONE);
    assertThat(normalized.value()).isEqualTo("2019-10-04TNI");
    assertThat(normalized.date().orElseThrow().start()).isEqualTo(LocalDate.of(2019, 10, 5));
  }

  @Test
  void aDayMovesEveryGranularityAMonthOnlyMonthAndYearADecadeNothing() {
    DiscourseAnchor start = DiscourseAnchor.of(THURSDAY_29_DEC_2022);
    DiscourseAnchor afterDay = start.after(date("2019-10-05", LocalDate.of(2019, 10, 5), LocalDate.of(2019, 10, 5), DatePrecision.DAY));
    assertThat(afterDay).isEqualTo(OCTOBER_5_2019);
    DiscourseAnchor afterMonth = start.after(date("2018-03", LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31), DatePrecision.MONTH));
    assertThat(afterMonth).isEqualTo(new DiscourseAnchor(THURSDAY_29_DEC_2022, YearMonth.of(2018, 3), 2018));
    DiscourseAnchor afterDecade = start.after(date("199", LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31), DatePrecision.YEAR));
    assertThat(afterDecade).isEqualTo(start);
  }

  @Test
  void theNextDayInAnArticleIsTheDayAfterTheOneItToldLast() {
    // "Police arrived on Oct. 3 . They left the next day ." told on 29 December 2022.
    var text = new HandBuiltText()
        .sentence("Police/police/NNS arrived/arrive/VBD on/on/IN Oct./October/NNP 3/3/CD ././.",
            "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) nummod(4,5) punct(2,6)").timex(4, 5, "DATE")
        .sentence("They/they/PRP left/leave/VBD the/the/DT next/next/JJ day/day/NN ././.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obl:tmod(2,5) punct(2,6)").timex(3, 5, "DATE")
        .build(THURSDAY_29_DEC_2022);
    List<ResolvedTime> times = new EventDater(lemma -> false).resolveAll(new DependencyIndex(text), THURSDAY_29_DEC_2022);
    assertThat(times).extracting(ResolvedTime::value).containsExactly("2022-10-03", "2022-10-04");
  }

  @Test
  void aLengthBeforeLaterOrBeforeIsADurationThatStillDatesTheEvent() {
    var later = normalizer.normalize("three days later", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, OCTOBER_5_2019, Tense.PAST,
        new Span(0, 16), Optional.empty(), SentenceFigures.NONE);
    assertThat(later.value()).isEqualTo("P3D");
    assertThat(later.date().orElseThrow().start()).isEqualTo(LocalDate.of(2019, 10, 8));
    assertThat(normalizer.normalize("an hour later", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, OCTOBER_5_2019, Tense.PAST,
        new Span(0, 13), Optional.empty(), SentenceFigures.NONE).value()).isEqualTo("PT1H");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "a few days later | PXD",
    "several months before | PXM",
    "several years ago | PAST_REF",
    "a few weeks ago | PAST_REF",
  })
  void aVagueLengthCountsToNoDate(String text, String expected) {
    assertThat(normalizer.normalize(text, "DATE", Optional.empty(), THURSDAY_29_DEC_2022, OCTOBER_5_2019, Tense.PAST, new Span(0, text.length()),
        Optional.empty(), SentenceFigures.NONE).value()).isEqualTo(expected);
  }

  private static EventDate date(String value, LocalDate start, LocalDate end, DatePrecision precision) {
    return new EventDate(value, start, end, precision, DateOrigin.TIME_EXPRESSION, Optional.empty());
  }
}
