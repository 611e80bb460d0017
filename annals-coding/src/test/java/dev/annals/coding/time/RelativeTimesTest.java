package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.time.TimeNormalizer.Normalized;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimesTest {
  private static final LocalDate THURSDAY_29_DEC_2022 = LocalDate.of(2022, 12, 29);
  /** The article told of 23 October 2019 last. */
  private static final DiscourseAnchor OCT_23_2019 = new DiscourseAnchor(LocalDate.of(2019, 10, 23), YearMonth.of(2019, 10), 2019);

  private static Optional<Normalized> relative(String text) {
    return RelativeTimes.relativeTime(text, THURSDAY_29_DEC_2022, OCT_23_2019, new Span(0, text.length()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "three days ago | 2022-12-26",
    "two weeks from now | 2023-W02",
    "ten days earlier | 2019-10-13",
    "hours later | 2019-10-23",
    "minutes earlier | 2019-10-23",
    "earlier in the day | 2019-10-23",
    "the following year | 2020",
    "last month | 2022-11",
    "that month | 2019-10",
    "a few years ago | PAST_REF",
    "these days | PRESENT_REF",
    "recently | PAST_REF",
    "the near term | FUTURE_REF",
  })
  void countsFromNowOrFromTheDateToldLast(String text, String expected) {
    assertThat(relative(text)).map(Normalized::value).contains(expected);
  }

  @Test
  void threeDaysLaterIsALengthThatStillDatesTheEvent() {
    Normalized later = relative("three days later").orElseThrow();
    assertThat(later.value()).isEqualTo("P3D");
    assertThat(later.date()).hasValueSatisfying(date -> assertThat(date.start()).isEqualTo(LocalDate.of(2019, 10, 26)));
  }

  @Test
  void anUntoldAmountEarlierCountsToNoDate() {
    assertThat(relative("a few years earlier")).isEmpty();
    assertThat(relative("the talks")).isEmpty();
  }
}
