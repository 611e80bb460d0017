package dev.annals.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexScoreTest {
  @Test
  void aWeekNumberWithOrWithoutItsLeadingZeroIsTheSameWeek() {
    assertThat(TimexScore.sameValue("2001-W03", "2001-W3")).isTrue();
    assertThat(TimexScore.sameValue("2001-W03-WE", "2001-W3-WE")).isTrue();
    assertThat(TimexScore.sameValue("2001-W03", "2001-W30")).isFalse();
  }

  @Test
  void aDecadeOrCenturyWithPlaceholderDigitsIsTheSamePeriod() {
    assertThat(TimexScore.sameValue("197", "197X")).isTrue();
    assertThat(TimexScore.sameValue("18", "18XX")).isTrue();
    assertThat(TimexScore.sameValue("197", "1970")).isFalse();
    assertThat(TimexScore.sameValue("1975", "1975-XX")).isFalse();
  }
}
