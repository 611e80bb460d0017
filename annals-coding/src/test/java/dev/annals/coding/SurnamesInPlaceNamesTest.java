package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A known surname inside a place's name of several words ("Dar" of Dar es Salaam) names no person. */
class SurnamesInPlaceNamesTest {
  @Test
  void aSurnameInsideAPlacesNameIsThePlacesWord() {
    // "Tanzania summoned Congo's ambassador in Dar es Salaam.": Ishaq Dar is Pakistan's foreign minister.
    var article = code("Tanzania/Tanzania/NNP/LOCATION summoned/summon/VBD Congo/Congo/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN in/in/IN "
            + "Dar/Dar/NNP/LOCATION es/es/NNP/LOCATION Salaam/Salaam/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(9,6) compound(9,7) compound(9,8) obl:in(2,9) punct(2,10)");
    assertThat(article.actors()).noneMatch(a -> a.actor().country().filter("PAK"::equals).isPresent());
  }

  @Test
  void theSurnameAloneStillNamesThePerson() {
    // "Dar met Wang.": the surname alone, no place's word.
    var article = code("Dar/Dar/NNP/PERSON met/meet/VBD Wang/Wang/NNP/PERSON ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    assertThat(article.actors()).anyMatch(a -> a.actor().country().filter("PAK"::equals).isPresent());
  }
}
