package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeMatchTest {
  @Test
  void widenedToAnEarlierTokenItKeepsItsEndAndType() {
    assertThat(new TimeMatch(3, 4, "DURATION").startingAt(1)).isEqualTo(new TimeMatch(1, 4, "DURATION"));
  }

  @Test
  void aMatchEndingBeforeItStartsOrOfNoTimeMlTypeIsRefused() {
    assertThatThrownBy(() -> new TimeMatch(4, 3, "DATE")).hasMessageContaining("4 to 3");
    assertThatThrownBy(() -> new TimeMatch(1, 1, "PERIOD")).hasMessageContaining("PERIOD");
  }
}
