package dev.annals.coding.time;

import static dev.annals.coding.time.TestTokens.words;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarDateFinderTest {
  @Test
  void aMonthTakesItsDayAndYearWrittenOrSpoken() {
    assertThat(CalendarDateFinder.extendMonth(words("December 5 , 2021 ."), 0, 0)).isEqualTo(new TimeMatch(0, 3, "DATE"));
    assertThat(CalendarDateFinder.extendMonth(words("March 1996 ."), 0, 0)).isEqualTo(new TimeMatch(0, 1, "DATE"));
    assertThat(CalendarDateFinder.extendMonth(words("January nineteen ninety - seven"), 0, 0)).isEqualTo(new TimeMatch(0, 4, "DATE"));
    assertThat(CalendarDateFinder.extendMonth(words("March eighth"), 0, 0)).isEqualTo(new TimeMatch(0, 0, "DATE"));
  }

  @Test
  void aWeekdayTakesItsPartOfTheDayOrItsDate() {
    assertThat(CalendarDateFinder.extendWeekday(words("Friday 's morning"), 0, 0)).isEqualTo(new TimeMatch(0, 2, "TIME"));
    assertThat(CalendarDateFinder.extendWeekday(words("Sunday , March 8"), 0, 0)).isEqualTo(new TimeMatch(0, 3, "DATE"));
    assertThat(CalendarDateFinder.extendWeekday(words("Sunday , March eighth"), 0, 0)).isEqualTo(new TimeMatch(0, 0, "DATE"));
    assertThat(CalendarDateFinder.extendWeekday(words("Friday Oct. 13"), 0, 0)).isEqualTo(new TimeMatch(0, 2, "DATE"));
  }

  @Test
  void mayAndMarchAreMonthsOnlyBesideADayAYearOrAPreposition() {
    assertThat(CalendarDateFinder.namedDate(words("Theresa May spoke"), 1)).isEmpty();
    assertThat(CalendarDateFinder.namedDate(words("in May"), 1)).contains(new TimeMatch(1, 1, "DATE"));
    assertThat(CalendarDateFinder.namedDate(words("they March on"), 1)).isEmpty();
    assertThat(CalendarDateFinder.namedDate(words("March 3"), 0)).contains(new TimeMatch(0, 1, "DATE"));
  }

  @Test
  void aYearIsADateOnlyAsANumber() {
    assertThat(CalendarDateFinder.namedDate(words("1996"), 0)).contains(new TimeMatch(0, 0, "DATE"));
    assertThat(CalendarDateFinder.namedDate(words("1996/NNP"), 0)).isEmpty();
  }
}
