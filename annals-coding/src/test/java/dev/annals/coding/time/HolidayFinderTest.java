package dev.annals.coding.time;

import static dev.annals.coding.time.TestTokens.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HolidayFinderTest {
  @Test
  void everyHolidayOfTheFileIsFoundWholeWhenCapitalised() {
    for (String name : Holidays.shared().names()) {
      // As CoreNLP tokenises it: "New Year 's Day".
      String written = Arrays.stream(name.replace("'s", " 's").split(" "))
          .map(word -> word.equals("'s") ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
          .collect(Collectors.joining(" "));
      int last = written.split(" ").length - 1;
      assertThat(HolidayFinder.holiday(words(written), 0)).as(written).contains(new TimeMatch(0, last, "DATE"));
      assertThat(HolidayFinder.holiday(words(name.replace("'s", " 's")), 0)).as("in lower case: " + name).isEmpty();
    }
  }

  @Test
  void aDeicticWordAndDayJoinTheName() {
    assertThat(HolidayFinder.holiday(words("last Thanksgiving"), 0)).contains(new TimeMatch(0, 1, "DATE"));
    assertThat(HolidayFinder.holiday(words("Thanksgiving Day"), 0)).contains(new TimeMatch(0, 1, "DATE"));
  }

  @Test
  void aHolidayNameOpeningALongerNameIsNotTheDay() {
    // "intercepted the boat north-west of Christmas Island last week": the island, not 25 December.
    assertThat(HolidayFinder.holiday(words("Christmas Island last week"), 0)).isEmpty();
    assertThat(HolidayFinder.holiday(words("Christmas Day"), 0)).contains(new TimeMatch(0, 1, "DATE"));
  }
}
