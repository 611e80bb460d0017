package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import dev.annals.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which weak names stay places, on toponyms written by hand. */
class WeakNamesTest {
  private static final Gazetteer.Entry MANSFIELD_TEXAS = town("Mansfield", "TX", 32.56, -97.14);
  private static final Gazetteer.Entry ARLINGTON_TEXAS = town("Arlington", "TX", 32.74, -97.11);
  private static final Gazetteer.Entry FORD_KENTUCKY = town("Ford", "KY", 37.9, -84.3);
  private static final Gazetteer.Entry UNITED_STATES = new Gazetteer.Entry(new Place("United States", Optional.of("USA"), 39, -98,
      PlaceKind.COUNTRY, 0), "");

  private static Gazetteer.Entry town(String name, String state, double latitude, double longitude) {
    return new Gazetteer.Entry(new Place(name, Optional.of("USA"), latitude, longitude, PlaceKind.CITY, 50_000, Optional.of(state)), state);
  }

  private static Toponym mention(int first, String key, boolean weak) {
    return new Toponym(first, first + 1, new Span(first * 10, first * 10 + 5), key, key, List.of(MANSFIELD_TEXAS), weak);
  }

  @Test
  void aNameIsWeakOnlyWhenEveryMentionOfItIsAndNoCommaFixesIt() {
    List<Toponym> found = List.of(mention(0, "mansfield", true), mention(1, "mansfield", false), mention(2, "ford", true),
        mention(3, "police", true), mention(4, "alexandria", true));
    assertThat(WeakNames.weakKeys(found, Set.of("alexandria"))).containsExactlyInAnyOrder("ford", "police");
  }

  @Test
  void aSurePlaceInTheSameStateOrNearVouchesForAWeakOne() {
    Map<String, Gazetteer.Entry> pick = Map.of("arlington", ARLINGTON_TEXAS, "mansfield", MANSFIELD_TEXAS, "ford", FORD_KENTUCKY);
    Set<String> unvouched = WeakNames.unvouched(Set.of("mansfield", "ford"), List.of("arlington", "mansfield", "ford"), pick);
    assertThat(unvouched).containsExactly("ford");
  }

  @Test
  void aCountryVouchesForNoWeakTownHoweverNearItsCentre() {
    Gazetteer.Entry nearTheCentre = town("Lebanon", "KS", 39.81, -98.56);
    Map<String, Gazetteer.Entry> pick = Map.of("united states", UNITED_STATES, "lebanon", nearTheCentre);
    assertThat(WeakNames.unvouched(Set.of("lebanon"), List.of("united states", "lebanon"), pick)).containsExactly("lebanon");
  }

  @Test
  void whenEveryNameIsWeakAllStay() {
    Map<String, Gazetteer.Entry> pick = Map.of("mansfield", MANSFIELD_TEXAS, "ford", FORD_KENTUCKY);
    assertThat(WeakNames.unvouched(Set.of("mansfield", "ford"), List.of("mansfield", "ford"), pick)).isEmpty();
  }
}
