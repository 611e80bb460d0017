package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.actors.ActorDictionary;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading an article's names together, on readings written by hand. */
class JointReadingTest {
  private static final Gazetteer.Entry PARIS_FRANCE = city("Paris", "FRA", "11", 48.86, 2.35, 2_100_000);
  private static final Gazetteer.Entry PARIS_TEXAS = city("Paris", "USA", "TX", 33.66, -95.56, 25_000);
  private static final Gazetteer.Entry LAMAR_COUNTY = new Gazetteer.Entry(
      new Place("Lamar County", Optional.of("USA"), 33.67, -95.57, PlaceKind.ADMINISTRATIVE_REGION, 0, Optional.of("TX")), "TX");
  private static final Gazetteer.Entry WASHINGTON_STATE = new Gazetteer.Entry(
      new Place("Washington", Optional.of("USA"), 47.5, -120.5, PlaceKind.ADMINISTRATIVE_REGION, 0, Optional.of("WA")), "WA", true);
  private static final Gazetteer.Entry WASHINGTON_CITY = city("Washington", "USA", "DC", 38.90, -77.04, 700_000);

  private static Gazetteer gazetteer;

  private static Gazetteer.Entry city(String name, String country, String admin1, double latitude, double longitude, long population) {
    return new Gazetteer.Entry(new Place(name, Optional.of(country), latitude, longitude, PlaceKind.CITY, population, Optional.of(admin1)), admin1);
  }

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.forCountries(ActorDictionary.load().countries());
  }

  private static JointReading reading(Set<String> capitals) {
    return new JointReading(new ToponymKnowledge(gazetteer, Map.of(), Map.of(), capitals, Set.of(), Map.of()));
  }

  private static Map<String, Gazetteer.Entry> pick(Map<String, List<Gazetteer.Entry>> readings, Optional<String> home) {
    List<String> keys = readings.keySet().stream().sorted().toList();
    return reading(Set.of()).pick(new JointReading.Names(keys, readings, Set.of(), home));
  }

  @Test
  void aBigNamesakeWinsAloneAndLosesToTheCountyBesideTheSmallOne() {
    assertThat(pick(Map.of("paris", List.of(PARIS_FRANCE, PARIS_TEXAS)), Optional.empty())).containsEntry("paris", PARIS_FRANCE);
    Map<String, Gazetteer.Entry> together = pick(Map.of("paris", List.of(PARIS_FRANCE, PARIS_TEXAS), "lamar county", List.of(LAMAR_COUNTY)),
        Optional.empty());
    assertThat(together).containsEntry("paris", PARIS_TEXAS).containsEntry("lamar county", LAMAR_COUNTY);
  }

  @Test
  void thePublishersCountryLeansANameTowardsIt() {
    assertThat(pick(Map.of("paris", List.of(PARIS_FRANCE, PARIS_TEXAS)), Optional.of("USA"))).containsEntry("paris", PARIS_TEXAS);
  }

  @Test
  void aNationalCapitalStartsAheadOfTheStateOfItsName() {
    JointReading.Names washington = new JointReading.Names(List.of("washington"), Map.of("washington", List.of(WASHINGTON_STATE, WASHINGTON_CITY)), Set.of(),
        Optional.empty());
    assertThat(reading(Set.of()).pick(washington)).containsEntry("washington", WASHINGTON_STATE);
    assertThat(reading(Set.of("washington|USA")).pick(washington)).containsEntry("washington", WASHINGTON_CITY);
  }
}
