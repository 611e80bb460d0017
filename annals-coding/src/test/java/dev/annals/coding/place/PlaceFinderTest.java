package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.HandBuiltText;
import dev.annals.coding.actors.ActorDictionary;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import dev.annals.model.PlaceMention;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where an event happened: the gazetteer's reading, or the one the article's places settled on. */
class PlaceFinderTest {
  private static PlaceFinder finder;

  @BeforeAll
  static void load() {
    ActorDictionary dictionary = ActorDictionary.load();
    finder = new PlaceFinder(Gazetteer.forCountries(dictionary.countries()), dictionary);
  }

  @Test
  void aNameTheArticleResolvedTakesThatReading() {
    // "Farmers rallied in Paris."
    AnnotatedText text = new HandBuiltText().sentence(
        "Farmers/farmer/NNS rallied/rally/VBD in/in/IN Paris/Paris/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:in(2,4) punct(2,5)").build(LocalDate.of(2024, 2, 1));
    DependencyIndex index = new DependencyIndex(text);
    Optional<Place> byGazetteer = finder.placeOf(index, List.of(1));
    assertThat(byGazetteer).get().extracting(p -> p.country().orElse("")).isEqualTo("FRA");
    Place texas = new Place("Paris", Optional.of("USA"), 33.66, -95.56, PlaceKind.CITY, 25_000);
    Span paris = index.token(3).span();
    Optional<Place> byArticle = finder.placeOf(index, List.of(1), List.of(new PlaceMention(paris, "Paris", texas)));
    assertThat(byArticle).contains(texas);
  }
}
