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

  @Test
  void aMarchThroughATownHappensThere() {
    // "Guides marched through Cusco."
    AnnotatedText text = new HandBuiltText().sentence(
        "Guides/guide/NNS marched/march/VBD through/through/IN Cusco/Cusco/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:through(2,4) punct(2,5)").build(LocalDate.of(2026, 7, 23));
    DependencyIndex index = new DependencyIndex(text);
    assertThat(finder.placeOf(index, List.of(1))).get().extracting(p -> p.country().orElse("")).isEqualTo("PER");
  }

  @Test
  void aWordInLowerCaseNamesNoPlaceThoughTheTaggerCallsItALocation() {
    // "Boats waited outside the georgia zone." (the tagger calling "georgia" and "zone" a location;
    // in the full gazetteer "zone" is a town in Italy)
    AnnotatedText text = new HandBuiltText().sentence(
        "Boats/boat/NNS waited/wait/VBD outside/outside/IN the/the/DT georgia/georgia/NN/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:outside(2,5) punct(2,6)").build(LocalDate.of(2024, 2, 1));
    assertThat(finder.placeOf(new DependencyIndex(text), List.of(1))).isEmpty();
  }

  @Test
  void aDistanceFromAThingInACountrysWatersIsInThatCountry() {
    // "A cutter sailed within two miles of a platform in Brunei's economic zone."
    AnnotatedText text = new HandBuiltText().sentence(
        "A/a/DT cutter/cutter/NN sailed/sail/VBD within/within/IN two/two/CD miles/mile/NNS of/of/IN a/a/DT platform/platform/NN in/in/IN "
            + "Brunei/Brunei/NNP/LOCATION 's/'s/POS economic/economic/JJ zone/zone/NN ././.",
        "det(2,1) nsubj(3,2) root(0,3) case(6,4) nummod(6,5) obl:within(3,6) case(9,7) det(9,8) nmod:of(6,9) case(14,10) nmod:poss(14,11) case(11,12) "
            + "amod(14,13) nmod:in(9,14) punct(3,15)").build(LocalDate.of(2026, 6, 8));
    assertThat(finder.placeOf(new DependencyIndex(text), List.of(2))).get().extracting(p -> p.country().orElse("")).isEqualTo("BRN");
  }

  @Test
  void aPlaceOfTheThingTheDeedWasAtInARegionNamedByItsCountry() {
    // "Rebels killed villagers at a funeral in Congo's Ituri province." (Ituri unknown to this
    // gazetteer of countries: the province is at least in Congo.)
    AnnotatedText text = new HandBuiltText().sentence(
        "Rebels/rebel/NNS killed/kill/VBD villagers/villager/NNS at/at/IN a/a/DT funeral/funeral/NN in/in/IN Congo/Congo/NNP/LOCATION 's/'s/POS "
            + "Ituri/Ituri/NNP/LOCATION province/province/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:at(2,6) case(11,7) nmod:poss(11,8) case(8,9) compound(11,10) nmod:in(6,11) punct(2,12)")
        .build(LocalDate.of(2024, 2, 1));
    assertThat(finder.placeOf(new DependencyIndex(text), List.of(1))).get().extracting(p -> p.country().orElse("")).isEqualTo("COD");
  }

  @Test
  void aProvinceTheCuratedPlacesDoNotListIsFoundAmongTheWorldsDivisions() {
    // "Troops killed three rebels in Aceh province."
    AnnotatedText text = new HandBuiltText().sentence(
        "Troops/troops/NNS killed/kill/VBD three/three/CD rebels/rebel/NNS in/in/IN Aceh/Aceh/NNP/LOCATION province/province/NN ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(7,5) compound(7,6) obl:in(2,7) punct(2,8)").build(LocalDate.of(2024, 2, 1));
    assertThat(finder.placeOf(new DependencyIndex(text), List.of(1))).get().extracting(Place::name, p -> p.country().orElse(""))
        .containsExactly("Aceh", "IDN");
  }

  @Test
  void aDivisionSeveralCountriesNameIsTheOneInACountryTheArticlePlacedSomethingIn() {
    // "Soldiers detained miners in Bolivar state." after a story placed in Venezuela (Colombia and
    // Ecuador have a Bolivar too, Missouri a town).
    AnnotatedText text = new HandBuiltText().sentence(
        "Soldiers/soldier/NNS detained/detain/VBD miners/miner/NNS in/in/IN Bolivar/Bolivar/NNP/LOCATION state/state/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) compound(6,5) obl:in(2,6) punct(2,7)").build(LocalDate.of(2024, 2, 1));
    DependencyIndex index = new DependencyIndex(text);
    Place caracas = new Place("Caracas", Optional.of("VEN"), 10.5, -66.9, PlaceKind.CITY, 3_000_000);
    assertThat(finder.placeOf(index, List.of(1), List.of(new PlaceMention(new Span(0, 1), "Caracas", caracas))))
        .get().extracting(p -> p.country().orElse("")).isEqualTo("VEN");
  }

  @Test
  void aNameWithOfIsThatWholeNameOrWhereItsOfNameIsNeverItsFirstWordAlone() {
    // "Fishermen were detained in the Gulf of Honduras." (the Gulf alone is the Persian Gulf)
    AnnotatedText text = new HandBuiltText().sentence(
        "Fishermen/fisherman/NNS were/be/VBD detained/detain/VBN in/in/IN the/the/DT Gulf/Gulf/NNP of/of/IN Honduras/Honduras/NNP/LOCATION ././.",
        "nsubj:pass(3,1) aux:pass(3,2) root(0,3) case(6,4) det(6,5) obl:in(3,6) case(8,7) nmod:of(6,8) punct(3,9)")
        .build(LocalDate.of(2024, 2, 1));
    assertThat(finder.placeOf(new DependencyIndex(text), List.of(2))).get().extracting(p -> p.country().orElse("")).isEqualTo("HND");
  }

  @Test
  void aTopicsPlaceIsNoPlaceOfTheAct() {
    // "The ministers agreed on talks in Chile."
    AnnotatedText text = new HandBuiltText().sentence(
        "The/the/DT ministers/minister/NNS agreed/agree/VBD on/on/IN talks/talk/NNS in/in/IN Chile/Chile/NNP/LOCATION ././.",
        "det(2,1) nsubj(3,2) root(0,3) case(5,4) obl:on(3,5) case(7,6) nmod:in(5,7) punct(3,8)")
        .build(LocalDate.of(2024, 2, 1));
    assertThat(finder.placeOf(new DependencyIndex(text), List.of(2))).isEmpty();
  }

  @Test
  void aTownTheGazetteerDoesNotKnowIsWhereItsAppositiveSays() {
    // "Rebels attacked a market in Am Dafok, a town in Chad."
    AnnotatedText text = new HandBuiltText().sentence(
        "Rebels/rebel/NNS attacked/attack/VBD a/a/DT market/market/NN in/in/IN Am/Am/NNP Dafok/Dafok/NNP ,/,/, a/a/DT town/town/NN in/in/IN "
            + "Chad/Chad/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) compound(7,6) nmod:in(4,7) punct(7,8) det(10,9) appos(7,10) case(12,11) nmod:in(10,12) punct(2,13)")
        .build(LocalDate.of(2026, 3, 15));
    assertThat(finder.placeOfDeed(new DependencyIndex(text), List.of(1), List.of())).get().extracting(p -> p.country().orElse("")).isEqualTo("TCD");
  }
}
