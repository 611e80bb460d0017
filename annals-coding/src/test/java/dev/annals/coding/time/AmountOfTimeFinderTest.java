package dev.annals.coding.time;

import static dev.annals.coding.time.TestTokens.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmountOfTimeFinderTest {
  @Test
  void aBareAYearIsALengthOnlyWhenHedgedAddedToOrHalved() {
    assertThat(AmountOfTimeFinder.amountOfTime(words("a year"), 0, false)).as("as often 'per year'").isEmpty();
    assertThat(AmountOfTimeFinder.amountOfTime(words("a year"), 0, true)).contains(new TimeMatch(0, 1, "DURATION"));
    assertThat(AmountOfTimeFinder.amountOfTime(words("an additional year"), 0, false)).contains(new TimeMatch(0, 2, "DURATION"));
    assertThat(AmountOfTimeFinder.amountOfTime(words("a year and a half"), 0, false)).contains(new TimeMatch(0, 4, "DURATION"));
  }

  @Test
  void anAmountFollowedByAgoOrEarlierIsTheDateItCountsTo() {
    assertThat(AmountOfTimeFinder.amountOfTime(words("three days ago"), 0, false)).contains(new TimeMatch(0, 2, "DATE"));
    assertThat(AmountOfTimeFinder.amountOfTime(words("twenty - four hours earlier"), 0, false)).contains(new TimeMatch(0, 4, "DATE"));
  }

  @Test
  void aHedgeJoinsTheAmountItHedges() {
    assertThat(AmountOfTimeFinder.amount(words("no more than sixty days"), 0)).contains(new TimeMatch(0, 4, "DURATION"));
    assertThat(AmountOfTimeFinder.amount(words("nearly a year"), 0)).contains(new TimeMatch(0, 2, "DURATION"));
    assertThat(AmountOfTimeFinder.amount(words("at least"), 0)).isEmpty();
  }

  @Test
  void aBarePluralUnitIsAnUntoldLengthOnlyAfterForWithinOrIn() {
    assertThat(AmountOfTimeFinder.untoldAmount(words("for years"), 1)).contains(new TimeMatch(1, 1, "DURATION"));
    assertThat(AmountOfTimeFinder.untoldAmount(words("years passed"), 0)).isEmpty();
    assertThat(AmountOfTimeFinder.untoldAmount(words("for years old"), 1)).isEqualTo(Optional.empty());
  }
}
