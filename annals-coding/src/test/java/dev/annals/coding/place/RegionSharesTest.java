package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the article's other names say of a reading's country and state. */
class RegionSharesTest {
  private static Gazetteer.Entry town(String name, String admin1) {
    return new Gazetteer.Entry(new Place(name, Optional.of("USA"), 40, -97, PlaceKind.CITY, 1000, Optional.of(admin1)), admin1);
  }

  private static Gazetteer.Entry state(String name, String admin1) {
    return new Gazetteer.Entry(new Place(name, Optional.of("USA"), 41, -99, PlaceKind.ADMINISTRATIVE_REGION, 0, Optional.of(admin1)), admin1, true);
  }

  @Test
  void aTownInTheStateTheOtherNamesLieInGains() {
    Map<String, Double> divisions = new HashMap<>();
    RegionShares.addDivision(divisions, town("Schuyler", "NE"), 1.0);
    RegionShares.addDivision(divisions, town("Fremont", "CA"), 0.5);
    RegionShares.addDivision(divisions, town("Fremont", "NE"), 0.5);
    double nebraska = RegionShares.divisionShare(town("Columbus", "NE"), divisions, 2);
    double ohio = RegionShares.divisionShare(town("Columbus", "OH"), divisions, 2);
    assertThat(nebraska).isEqualTo(0.75);
    assertThat(ohio).isZero();
  }

  @Test
  void aStateNamedOutrightCountsMoreThanATownAndGainsNothingItself() {
    Map<String, Double> divisions = new HashMap<>();
    RegionShares.addDivision(divisions, state("Nebraska", "NE"), 1.0);
    RegionShares.addDivision(divisions, town("Springfield", "MO"), 1.0);
    assertThat(RegionShares.divisionShare(town("Columbus", "NE"), divisions, 2))
        .isGreaterThan(RegionShares.divisionShare(town("Joplin", "MO"), divisions, 2));
    assertThat(RegionShares.divisionShare(state("Nebraska", "NE"), divisions, 2)).isZero();
  }

  @Test
  void aReadingInACountryNoOtherNamePointsToLoses() {
    Map<String, Double> countries = Map.of("USA", 2.0);
    Gazetteer.Entry france = new Gazetteer.Entry(new Place("Paris", Optional.of("FRA"), 48.85, 2.35, PlaceKind.CITY, 2_000_000), "11");
    assertThat(RegionShares.countryShare(france, countries, 2)).isNegative();
    assertThat(RegionShares.countryShare(town("Paris", "TX"), countries, 2)).isEqualTo(1.5);
  }
}
