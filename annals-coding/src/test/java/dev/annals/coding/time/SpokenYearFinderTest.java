package dev.annals.coding.time;

import static dev.annals.coding.time.TestTokens.words;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenYearFinderTest {
  @Test
  void aSpokenYearEndsAfterItsUnitsWithOrWithoutAHyphen() {
    assertThat(SpokenYearFinder.spokenYearEnd(words("nineteen ninety - six"), 0)).isEqualTo(3);
    assertThat(SpokenYearFinder.spokenYearEnd(words("nineteen ninety six"), 0)).isEqualTo(2);
    assertThat(SpokenYearFinder.spokenYearEnd(words("nineteen eighty ,"), 0)).isEqualTo(1);
  }

  @Test
  void onlyTheEighteenAndNineteenHundredsAreSpokenYears() {
    assertThat(SpokenYearFinder.spokenYearEnd(words("twenty ten"), 0)).isEqualTo(-1);
    assertThat(SpokenYearFinder.spokenYear(words("the year two thousand"), 0)).contains(new TimeMatch(0, 3, "DATE"));
  }
}
