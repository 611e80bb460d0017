package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineFinderTest {
  @Test
  void findsAMonthFirstDateInTheFirstLines() {
    assertThat(DatelineFinder.find("Headline\nMarch 14, 2024\n\nText.")).contains(LocalDate.of(2024, 3, 14));
  }

  @Test
  void findsDayFirstAndIsoDates() {
    assertThat(DatelineFinder.find("LONDON, 3 Feb 2021 - Text")).contains(LocalDate.of(2021, 2, 3));
    assertThat(DatelineFinder.find("2020-07-01\nText")).contains(LocalDate.of(2020, 7, 1));
  }

  @Test
  void ignoresDatesDeepInTheText() {
    assertThat(DatelineFinder.find("a\nb\nc\nd\ne\nf\ng\nOn March 14, 2024 it rained.")).isEmpty();
  }

  @Test
  void rejectsImpossibleDates() {
    assertThat(DatelineFinder.find("February 30, 2024")).isEmpty();
  }
}
