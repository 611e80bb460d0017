package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.actors.ActorDictionary;
import dev.annals.coding.place.TownNameStanding.Standing;
import dev.annals.model.AnnotatedText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the words around a name only towns bear make of it, on hand-built sentences. */
class TownNameStandingTest {
  private static PlaceContexts contexts;

  @BeforeAll
  static void load() {
    // No local nouns and no country names: only the words given to each test speak.
    contexts = new PlaceContexts(Gazetteer.forCountries(ActorDictionary.load().countries()), key -> false, List.of());
  }

  /** The standing of token {@code first} of the sentence, alone, tagged or not as a location. */
  private static Standing standing(String sentence, int first, boolean location) {
    AnnotatedText text = new HandBuiltText().sentence(sentence, "").build(LocalDate.of(2009, 3, 20));
    TokenRun run = new TokenRun(ArticleCues.of(text, contexts), text.sentences().get(0), first, first + 1);
    return TownNameStanding.of(run, location, true, false);
  }

  @Test
  void aTownAfterAPlacePrepositionIsSureAndOneWithoutIsWeak() {
    assertThat(standing("Officials/official/NNS in/in/IN Arlington/Arlington/NNP met/meet/VBD", 2, false)).isEqualTo(Standing.SURE);
    assertThat(standing("Officials/official/NNS in/in/IN suburban/suburban/JJ Arlington/Arlington/NNP met/meet/VBD", 3, false))
        .isEqualTo(Standing.SURE);
    assertThat(standing("Ford/Ford/NNP said/say/VBD it/it/PRP would/would/MD hire/hire/VB", 0, false)).isEqualTo(Standing.WEAK);
    assertThat(standing("Ford/Ford/NNP said/say/VBD it/it/PRP would/would/MD hire/hire/VB", 0, true)).isEqualTo(Standing.SURE);
  }

  @Test
  void aWordInsideALongerNameIsNoPlace() {
    assertThat(standing("the/the/DT Gainesville/Gainesville/NNP City/City/NNP Council/Council/NNP met/meet/VBD", 2, false))
        .isEqualTo(Standing.NO_PLACE);
    assertThat(standing("Church/Church/NNP of/of/IN Our/Our/NNP Lady/Lady/NNP opened/open/VBD", 0, false)).isEqualTo(Standing.NO_PLACE);
    assertThat(standing("in/in/IN West/West/NNP Wichita/Wichita/NNP", 1, true)).isEqualTo(Standing.NO_PLACE);
  }

  @Test
  void aMonthACommonNounAndAStreetWordAreNoPlaces() {
    assertThat(standing("It/it/PRP opens/open/VBZ in/in/IN March/March/NNP", 3, false)).isEqualTo(Standing.NO_PLACE);
    assertThat(standing("The/the/DT city/city/NN opened/open/VBD City/City/NNP Hall/Hall/NNP", 3, false)).isEqualTo(Standing.NO_PLACE);
    assertThat(standing("the/the/DT 35th/35th/JJ Street/Street/NNP Bridge/Bridge/NNP", 2, true)).isEqualTo(Standing.NO_PLACE);
  }

  @Test
  void aWordNeitherTaggedALocationNorAProperNounIsNoPlace() {
    AnnotatedText text = new HandBuiltText().sentence("Officials/official/NNS in/in/IN Arlington/Arlington/NNP met/meet/VBD", "")
        .build(LocalDate.of(2009, 3, 20));
    TokenRun run = new TokenRun(ArticleCues.of(text, contexts), text.sentences().get(0), 2, 3);
    assertThat(TownNameStanding.of(run, false, false, false)).isEqualTo(Standing.NO_PLACE);
    assertThat(TownNameStanding.of(run, true, false, false)).isEqualTo(Standing.SURE);
  }
}
