package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Distances as the crow flies. */
class GreatCircleTest {
  @Test
  void londonToParisIsAbout344Kilometres() {
    assertThat(GreatCircle.distanceKm(51.5074, -0.1278, 48.8566, 2.3522)).isCloseTo(343.6, within(1.0));
  }

  @Test
  void aPointIsNowhereFromItselfAndHalfTheWorldFromItsAntipode() {
    assertThat(GreatCircle.distanceKm(34.3, -83.8, 34.3, -83.8)).isZero();
    assertThat(GreatCircle.distanceKm(10, 20, -10, -160)).isCloseTo(Math.PI * 6371.0088, within(0.01));
  }
}
