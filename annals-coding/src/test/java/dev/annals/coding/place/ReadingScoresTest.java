package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A reading's prior and what another name's reading says for it, on places written by hand. */
class ReadingScoresTest {
  private static Gazetteer.Entry town(String name, String country, String admin1, double latitude, double longitude, long population) {
    return new Gazetteer.Entry(new Place(name, Optional.of(country), latitude, longitude, PlaceKind.CITY, population, Optional.of(admin1)), admin1);
  }

  private static Gazetteer.Entry state(String name, String admin1, double latitude, double longitude) {
    return new Gazetteer.Entry(new Place(name, Optional.of("USA"), latitude, longitude, PlaceKind.ADMINISTRATIVE_REGION, 0, Optional.of(admin1)),
        admin1, true);
  }

  private static Gazetteer.Entry country(String name, String iso3) {
    return new Gazetteer.Entry(new Place(name, Optional.of(iso3), 0, 0, PlaceKind.COUNTRY, 0), "");
  }

  @Test
  void aCountryComesBeforeAStateBeforeABigTownBeforeASmallOne() {
    double country = ReadingScores.prior(country("Georgia", "GEO"));
    double state = ReadingScores.prior(state("Georgia", "GA", 32.7, -83.4));
    double bigTown = ReadingScores.prior(town("Athens", "USA", "GA", 33.96, -83.38, 100_000));
    double smallTown = ReadingScores.prior(town("Athens", "USA", "TX", 32.2, -95.85, 1_000));
    assertThat(country).isGreaterThan(state);
    assertThat(state).isGreaterThan(bigTown);
    assertThat(bigTown).isGreaterThan(smallTown);
  }

  @Test
  void aTownGainsMostFromItsStateAndFromTownsNearItTheNearerTheMore() {
    Gazetteer.Entry gainesville = town("Gainesville", "USA", "GA", 34.30, -83.82, 30_000);
    assertThat(ReadingScores.affinity(gainesville, state("Georgia", "GA", 32.7, -83.4))).isEqualTo(1.5);
    double near = ReadingScores.affinity(gainesville, town("Oakwood", "USA", "GA", 34.23, -83.88, 3_000));
    double farther = ReadingScores.affinity(gainesville, town("Cumming", "USA", "GA", 34.21, -84.14, 5_000));
    assertThat(near).isGreaterThan(farther).isGreaterThan(0.2);
    assertThat(ReadingScores.affinity(gainesville, town("Savannah", "USA", "GA", 32.08, -81.09, 140_000))).isEqualTo(0.2);
    assertThat(ReadingScores.affinity(gainesville, town("Gainesville", "USA", "FL", 29.65, -82.32, 130_000))).isZero();
  }

  @Test
  void countriesNamedTogetherSpeakForEachOtherAndNothingForTheirTowns() {
    assertThat(ReadingScores.affinity(country("China", "CHN"), country("Italy", "ITA"))).isEqualTo(0.5);
    assertThat(ReadingScores.affinity(country("China", "CHN"), town("Beijing", "CHN", "22", 39.9, 116.4, 20_000_000))).isZero();
  }

  @Test
  void aTownAcrossABorderSpeaksForAReadingWithin100Kilometres() {
    Gazetteer.Entry detroit = town("Detroit", "USA", "MI", 42.33, -83.05, 700_000);
    Gazetteer.Entry windsor = town("Windsor", "CAN", "08", 42.30, -83.02, 200_000);
    assertThat(ReadingScores.affinity(detroit, windsor)).isCloseTo(0.7, within(1e-9));
    assertThat(ReadingScores.near(detroit, windsor)).isTrue();
    assertThat(ReadingScores.sameDivision(detroit, windsor)).isFalse();
  }
}
