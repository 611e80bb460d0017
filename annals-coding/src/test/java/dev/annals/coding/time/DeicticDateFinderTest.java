package dev.annals.coding.time;

import static dev.annals.coding.time.TestTokens.words;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeicticDateFinderTest {
  @Test
  void aModifierTakesItsCalendarWord() {
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("later this year"), 0)).contains(new TimeMatch(0, 2, "DATE"));
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("the following morning"), 0)).contains(new TimeMatch(0, 2, "TIME"));
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("late March 1996"), 0)).contains(new TimeMatch(0, 2, "DATE"));
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("last Friday morning"), 0)).contains(new TimeMatch(0, 2, "TIME"));
  }

  @Test
  void theWithADeicticWordAndAnAmountIsADuration() {
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("the past two weeks"), 0)).contains(new TimeMatch(0, 3, "DURATION"));
  }

  @Test
  void aLoneTheIsOnlyTheDayBeforeOrAfter() {
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("the week"), 0)).isEmpty();
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("the day before the vote"), 0)).contains(new TimeMatch(0, 2, "DATE"));
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("the day before last Tuesday"), 0)).contains(new TimeMatch(0, 4, "DATE"));
  }

  @Test
  void aModifierWithoutACalendarWordIsNoDate() {
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("the past recent talks"), 0)).isEmpty();
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("last talks"), 0)).isEmpty();
    assertThat(DeicticDateFinder.modifiedCalendarWord(words("earlier talks"), 0)).isEmpty();
  }
}
