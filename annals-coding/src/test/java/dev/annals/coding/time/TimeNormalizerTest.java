package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.DatePrecision;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeNormalizerTest {
  private static final LocalDate THURSDAY_29_DEC_2022 = LocalDate.of(2022, 12, 29);
  private final TimeNormalizer normalizer = new TimeNormalizer();

  private String value(String text, Tense tense) {
    return normalizer.normalize(text, "DATE", Optional.empty(), THURSDAY_29_DEC_2022, tense, new Span(0, text.length())).value();
  }

  @ParameterizedTest(name = "{0} in a report on {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "the quarter | 2022-Q3 | 2022-Q3",
    "the latest period | 2022-Q3 | 2022-Q3",
    "the current quarter | 2022-Q3 | 2022-Q4",
    "a year earlier | 2022-Q3 | 2021-Q3",
    "the year-ago quarter | 2022-Q3 | 2021-Q3",
    "a year earlier | - | 2021",
    "the year-ago third quarter | - | 2021-Q3",
    "this year's third quarter | - | 2022-Q3",
    "9 a.m. EDT Tuesday | - | 2022-12-27T09:00",
    "10:35 p.m. | - | 2022-12-29T22:35",
    "every day | - | P1D",
    "each Thursday | - | XXXX-WXX-4",
    "Thursdays | - | XXXX-WXX-4",
    "Tuesday nights | - | XXXX-WXX-2TNI",
    "early next year | - | 2023",
    "recent years | - | PAST_REF",
    "the future | - | FUTURE_REF",
    "this past spring | - | 2022-SP",
    "later this afternoon | - | 2022-12-29TAF",
    "the quarter | - | 2022-Q3",
    "the 1988 period | - | 1988",
    "the 2021 period | 2022-Q3 | 2021-Q3",
    "the comparable year-ago quarter | 2022-Q3 | 2021-Q3",
    "the last week | - | 2022-W51",
    "last year's quarter | 2022-Q3 | 2021-Q3",
    "noon Tuesday | - | 2022-12-27T12:00",
    "Friday Oct. 13 | - | 2022-10-13",
    "each July | - | XXXX-07",
    "the day before last Tuesday | - | 2022-12-26",
    "the day after Friday Oct. 13 | - | 2022-10-14",
    "mid-afternoon yesterday | - | 2022-12-28TAF",
    "midnight Friday | - | 2022-12-23T24:00",
    "the first two quarters of 1990 | - | 1990-H1",
    "the quarter a year ago | 2022-Q3 | 2021-Q3",
    "nearly two weeks ago | - | 2022-W50",
    "the near future | - | FUTURE_REF",
    "the past | - | PAST_REF",
    "these days | - | PRESENT_REF",
    "4 in the morning | - | 2022-12-29T04:00",
    "midday | - | 2022-12-29T12:00",
    "the nineties | - | 199",
    "the mid-1990s | - | 199",
    "the end of the year | - | 2022",
  })
  void financialPeriodsClockTimesAndSets(String text, String quarter, String expected) {
    Optional<ReportingQuarter> reporting = quarter.equals("-") ? Optional.empty()
        : Optional.of(new ReportingQuarter(Integer.parseInt(quarter.substring(0, 4)), quarter.charAt(6) - '0'));
    assertThat(normalizer.normalize(text, "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.PAST, new Span(0, text.length()), reporting, SentenceFigures.NONE).value())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "nineteen ninety-six | 1996",
    "January nineteen ninety-seven | 1997-01",
    "the winter of nineteen ninety-four | 1994-WI",
    "the year two thousand | 2000",
    "the 20th century | 19",
    "11th century | 10",
    "Thanksgiving Day | 2022-11-24",
    "last Thanksgiving | 2022-11-24",
    "Election Day | 2022-11-08",
    "mid-1996 | 1996",
    "the week of March 7 | 2022-W10",
    "the first half of 2021 | 2021-H1",
    "the last half of 2021 | 2021-H2",
  })
  void spokenYearsCenturiesAndHolidays(String text, String expected) {
    assertThat(value(text, Tense.PAST)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(delimiter = '|', value = {
    "year-end | UNKNOWN | 2022-12-31",
    "year-end | PAST | 2021-12-31",
    "last September | UNKNOWN | 2022-09",
    "last December | UNKNOWN | 2021-12",
    "next March | UNKNOWN | 2023-03",
    "February | PAST | 2022-02",
    "in February | FUTURE | 2023-02",
    "the following morning | UNKNOWN | 2022-12-30TMO",
    "the next day | UNKNOWN | 2022-12-30",
    "Thursday | PAST | 2022-12-29",
    "Friday morning | FUTURE | 2022-12-30TMO",
    "on Monday | PAST | 2022-12-26",
    "on Monday | FUTURE | 2023-01-02",
    "last Friday | UNKNOWN | 2022-12-23",
    "Earlier Friday | UNKNOWN | 2022-12-23",
    "Oct. 23 | UNKNOWN | 2022-10-23",
    "Jan. 5 | UNKNOWN | 2023-01-05",
    "earlier this year | UNKNOWN | 2022",
    "earlier this week | UNKNOWN | 2022-W52",
    "last week | UNKNOWN | 2022-W51",
    "next month | UNKNOWN | 2023-01",
    "last year | UNKNOWN | 2021",
    "two years ago | UNKNOWN | 2020",
    "three days ago | UNKNOWN | 2022-12-26",
    "yesterday | UNKNOWN | 2022-12-28",
    "tomorrow | UNKNOWN | 2022-12-30",
    "today | UNKNOWN | 2022-12-29",
    "December 5, 2021 | UNKNOWN | 2021-12-05",
    "5 December 2021 | UNKNOWN | 2021-12-05",
    "March 2019 | UNKNOWN | 2019-03",
    "2014 | UNKNOWN | 2014",
    "the 1990s | UNKNOWN | 199",
    "last summer | UNKNOWN | 2022-SU",
    "the third quarter | UNKNOWN | 2022-Q3",
    "Dec. 20 | UNKNOWN | 2022-12-20",
    "recently | UNKNOWN | PAST_REF",
    // No tense: the weekday behind unless the one ahead is tomorrow.
    "Saturday | UNKNOWN | 2022-12-24",
    "Sunday | UNKNOWN | 2022-12-25",
    "Friday | UNKNOWN | 2022-12-30",
    // Told in the past, the month just ahead is that month, one further ahead last year's.
    "January | PAST | 2023-01",
    "early January | PAST | 2023-01",
    "March | PAST | 2022-03",
    "last January | PAST | 2022-01",
    "1898 | UNKNOWN | 1898",
    "this century | UNKNOWN | 20",
    "last century | UNKNOWN | 19",
    "the full year | UNKNOWN | 2022",
    "the current fiscal year | UNKNOWN | 2022",
    "the latest fiscal year | UNKNOWN | 2021",
  })
  void resolvesAgainstTheReferenceDate(String text, Tense tense, String expected) {
    assertThat(value(text, tense)).isEqualTo(expected);
  }

  @Test
  void keepsTheAnalysersValueWhenNoRuleApplies() {
    var result = normalizer.normalize("the Christmas holidays", "DATE", Optional.of("2022-12-25"), THURSDAY_29_DEC_2022, Tense.UNKNOWN, new Span(0, 5));
    assertThat(result.value()).isEqualTo("2022-12-25");
    assertThat(result.date()).isPresent();
  }

  @Test
  void weekValuesCoverMondayToSunday() {
    var date = normalizer.normalize("this week", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.UNKNOWN, new Span(0, 5)).date().orElseThrow();
    assertThat(date.start()).isEqualTo(LocalDate.of(2022, 12, 26));
    assertThat(date.end()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(date.precision()).isEqualTo(DatePrecision.WEEK);
  }

  @Test
  void earlierThisWeekEndsOnTheReferenceDayAndLaterThisYearStartsOnIt() {
    var earlier = normalizer.normalize("earlier this week", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.UNKNOWN, new Span(0, 5)).date().orElseThrow();
    assertThat(earlier.value()).isEqualTo("2022-W52");
    assertThat(earlier.start()).isEqualTo(LocalDate.of(2022, 12, 26));
    assertThat(earlier.end()).isEqualTo(THURSDAY_29_DEC_2022);
    var later = normalizer.normalize("later this year", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.UNKNOWN, new Span(0, 5)).date().orElseThrow();
    assertThat(later.start()).isEqualTo(THURSDAY_29_DEC_2022);
    assertThat(later.end()).isEqualTo(LocalDate.of(2022, 12, 31));
  }

  @Test
  void aDurationHasNoCalendarDate() {
    var result = normalizer.normalize("in recent months", "DURATION", Optional.of("PXM"), THURSDAY_29_DEC_2022, Tense.UNKNOWN, new Span(0, 5));
    assertThat(result.date()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "two decades | P20Y",
    "a decade | P10Y",
    "recent decades | PXDE",
    "six months | P6M",
    "a couple of years | P2Y",
    "the next couple of years | P2Y",
    "twenty four hours | PT24H",
    "nearly forty years | P40Y",
    "at least 20 more years | P20Y",
    "eight trading days | P8D",
    "5 1/2 hours | PT5H30M",
    "a year and a half | P1Y6M",
    "a minute and a half | PT1M30S",
    "almost a hundred years | P100Y",
    "coming weeks | PXW",
    "years | PXY",
    "the year | P1Y",
    "the fiscal year | P1Y",
  })
  void durationsInYearsHedgedHalvedOrSpelledOut(String text, String expected) {
    assertThat(normalizer.normalize(text, "DURATION", Optional.empty(), THURSDAY_29_DEC_2022, Tense.UNKNOWN, new Span(0, text.length())).value())
        .isEqualTo(expected);
  }

  @Test
  void inAComparisonThePriorYearIsTheSameQuarterButLastYearStaysTheYear() {
    assertThat(normalizer.normalize("the prior year", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.PAST, new Span(0, 5), Optional.of(new ReportingQuarter(2022, 3)), SentenceFigures.COMPARISON).value())
        .isEqualTo("2021-Q3");
    assertThat(normalizer.normalize("last year", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.PAST, new Span(0, 5), Optional.of(new ReportingQuarter(2022, 3)), SentenceFigures.COMPARISON).value())
        .isEqualTo("2021");
  }

  @Test
  void besideFiguresForTheNineMonthsAYearEarlierIsThatYearNotTheQuarter() {
    var yearToDate = new SentenceFigures(true, true);
    var reported = Optional.of(new ReportingQuarter(2022, 3));
    assertThat(normalizer.normalize("a year earlier", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.PAST, new Span(0, 5), reported, yearToDate).value())
        .isEqualTo("2021");
    assertThat(normalizer.normalize("the 2021 period", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.PAST, new Span(0, 5), reported, yearToDate).value())
        .isEqualTo("2021");
    // The expression that names a quarter keeps it.
    assertThat(normalizer.normalize("the year-ago quarter", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.PAST, new Span(0, 5), reported, yearToDate).value())
        .isEqualTo("2021-Q3");
  }

  @Test
  void aSpanOfYearsWrittenLikeAMonthIsThoseYearsNotAnError() {
    var result = normalizer.normalize("1974-75", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.UNKNOWN, new Span(0, 7));
    assertThat(result.value()).isEqualTo("1974");
    assertThat(result.date().orElseThrow().end()).isEqualTo(java.time.LocalDate.of(1975, 12, 31));
  }

  @Test
  void anImpossibleDateIsNoDateRatherThanAFailure() {
    assertThat(normalizer.normalize("2009-13-45", "DATE", Optional.empty(), THURSDAY_29_DEC_2022, Tense.UNKNOWN, new Span(0, 10)).date()).isEmpty();
  }
}
