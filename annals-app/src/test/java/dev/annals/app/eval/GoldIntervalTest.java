package dev.annals.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoldIntervalTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1998-08-07, 1998-08-07, 1998-08-07",
    "1998-08-07T10:35, 1998-08-07, 1998-08-07",
    "1998-W32, 1998-08-03, 1998-08-09",
    "1998-08, 1998-08-01, 1998-08-31",
    "1989-Q3, 1989-07-01, 1989-09-30",
    "1989, 1989-01-01, 1989-12-31",
  })
  void coversTheDaysItsValueNames(String value, LocalDate start, LocalDate end) {
    assertThat(GoldInterval.of(value)).contains(new GoldInterval(start, end));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"PAST_REF", "1998-WXX", "P3Y", "1998-SU", "XXXX-XX-XX", "1989-02-30"})
  void aValueWithNoFixedPlaceHasNone(String value) {
    assertThat(GoldInterval.of(value)).isEmpty();
  }
}
