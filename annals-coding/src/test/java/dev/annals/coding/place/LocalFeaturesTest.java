package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rivers, lakes, parks and townships the gazetteer does not know, on hand-built sentences. */
class LocalFeaturesTest {
  private static Optional<Integer> end(String tokens, int first) {
    AnnotatedText text = new HandBuiltText().sentence(tokens, "").build(LocalDate.of(2009, 3, 24));
    return LocalFeatures.endAt(text.tokens(), first, text.sentences().get(0));
  }

  private static Place town(String name, double latitude, double longitude) {
    return new Place(name, Optional.of("USA"), latitude, longitude, PlaceKind.CITY, 1000, Optional.of("WV"));
  }

  @Test
  void aBodyOfWaterIsNamedByItsFeatureWord() {
    assertThat(end("the/the/DT Kanawha/Kanawha/NNP River/River/NNP rose/rise/VBD", 1)).contains(3);
    assertThat(end("at/at/IN Lake/Lake/NNP Lanier/Lanier/NNP today/today/NN", 1)).contains(3);
    assertThat(end("over/over/IN Big/Big/NNP Creek/Creek/NNP ././.", 1)).contains(3);
    assertThat(end("on/on/IN the/the/DT River/River/NNP Lune/Lune/NNP ././.", 2)).contains(4);
    assertThat(end("at/at/IN Coffman/Coffman/NNP Park/Park/NNP ././.", 1)).contains(3);
    assertThat(end("in/in/IN Jerome/Jerome/NNP Township/Township/NNP ././.", 1)).contains(3);
  }

  @Test
  void aLongerNameOrAWordAloneIsNoBodyOfWater() {
    assertThat(end("the/the/DT Lake/Lake/NNP Lanier/Lanier/NNP Islands/Islands/NNP Resort/Resort/NNP", 1)).isEmpty();
    assertThat(end("the/the/DT River/River/NNP rose/rise/VBD", 1)).isEmpty();
    assertThat(end("Grand/Grand/NNP Lake/Lake/NNP Area/Area/NNP Council/Council/NNP", 1)).isEmpty();
  }

  @Test
  void theInnerNameIsTheNameBesideTheFeatureWord() {
    assertThat(LocalFeatures.innerName("Kanawha River")).isEqualTo("Kanawha");
    assertThat(LocalFeatures.innerName("Lake Lanier")).isEqualTo("Lanier");
    assertThat(LocalFeatures.innerName("River Lune")).isEqualTo("Lune");
  }

  @Test
  void aFeatureLiesByItsNamesakeNearTheArticleElseByThePlacesOfItsSentence() {
    Place charleston = town("Charleston", 38.35, -81.63);
    Place dunbar = town("Dunbar", 38.36, -81.74);
    Gazetteer.Entry farNamesake = new Gazetteer.Entry(town("Kanawha", 42.3, -72.6), "MA");
    Gazetteer.Entry nearNamesake = new Gazetteer.Entry(town("Kanawha City", 38.32, -81.58), "WV");
    assertThat(LocalFeatures.place("Kanawha River", List.of(farNamesake, nearNamesake), List.of(), List.of(charleston)))
        .get().satisfies(p -> {
          assertThat(p.name()).isEqualTo("Kanawha River");
          assertThat(p.kind()).isEqualTo(PlaceKind.OTHER);
          assertThat(p.latitude()).isEqualTo(38.32);
        });
    assertThat(LocalFeatures.place("Big Creek", List.of(farNamesake), List.of(dunbar), List.of(charleston, dunbar)))
        .get().satisfies(p -> assertThat(p.longitude()).isEqualTo(-81.74));
    assertThat(LocalFeatures.place("Big Creek", List.of(), List.of(), List.of(charleston, dunbar)))
        .get().satisfies(p -> assertThat(p.longitude()).isEqualTo(-81.63));
    assertThat(LocalFeatures.place("Big Creek", List.of(farNamesake), List.of(), List.of())).isEmpty();
  }
}
