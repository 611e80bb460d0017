package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.time.TimeNormalizer.Normalized;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ClockTimesTest {
  private static final Span SPAN = new Span(0, 1);
  private static final LocalDate TOLD_LAST = LocalDate.of(2022, 12, 27);
  private static final DiscourseAnchor ANCHOR = new DiscourseAnchor(TOLD_LAST, YearMonth.of(2022, 12), 2022);
  /** A hand-written stand-in for the normaliser's rules: "tuesday" is a day, "december" a month, nothing else is known. */
  private static final Function<String, Optional<Normalized>> DAY_OF = words -> switch (words) {
    case "tuesday" -> Optional.of(TimexValues.dayValue(LocalDate.of(2022, 12, 20), null, SPAN));
    case "december" -> Optional.of(TimexValues.month(YearMonth.of(2022, 12), SPAN));
    default -> Optional.empty();
  };

  private static Optional<String> value(String text) {
    return ClockTimes.clockTime(text, ANCHOR, SPAN, DAY_OF).map(Normalized::value);
  }

  @Test
  void aTimeWithItsDayIsOnThatDay() {
    assertThat(value("9 a.m. edt tuesday")).contains("2022-12-20T09:00");
    assertThat(value("midnight tuesday")).contains("2022-12-20T24:00");
    assertThat(value("mid afternoon tuesday")).contains("2022-12-20TAF");
  }

  @Test
  void aTimeWithoutADayIsOnTheDayToldLast() {
    assertThat(value("10 p.m.")).contains("2022-12-27T22:00");
    assertThat(value("4 in the morning")).contains("2022-12-27T04:00");
    assertThat(value("at midday")).contains("2022-12-27T12:00");
  }

  @Test
  void wordsAfterTheHourThatAreNotOneDayMakeNoTime() {
    assertThat(value("9 a.m. december")).isEmpty();
    assertThat(value("noon somewhere")).isEmpty();
    assertThat(value("13 p.m.")).isEmpty();
  }

  @Test
  void theTimeCoversItsDay() {
    Normalized time = ClockTimes.clockTime("10:35 a.m.", ANCHOR, SPAN, DAY_OF).orElseThrow();
    assertThat(time.date()).hasValueSatisfying(date -> {
      assertThat(date.start()).isEqualTo(TOLD_LAST);
      assertThat(date.end()).isEqualTo(TOLD_LAST);
      assertThat(date.value()).isEqualTo("2022-12-27T10:35");
    });
  }
}
