package dev.annals.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.store.Divisions;
import org.junit.jupiter.api.Test;

class UsStateDivisionsTest {
  private final Divisions divisions = UsStateDivisions.shared();

  @Test
  void aUsStateIsItsOwnDivisionByItsPostalCode() {
    assertThat(divisions.of("California", "USA", "administrative_region")).contains("CA");
    assertThat(divisions.of("West Virginia", "USA", "administrative_region")).contains("WV");
  }

  @Test
  void placesWhoseStateIsNotStoredGetNone() {
    assertThat(divisions.of("Harris County", "USA", "administrative_region")).isEmpty();
    assertThat(divisions.of("Houston", "USA", "city")).isEmpty();
    assertThat(divisions.of("Georgia", "GEO", "country")).isEmpty();
    assertThat(divisions.of("Georgia", "USA", "city")).isEmpty();
  }
}
