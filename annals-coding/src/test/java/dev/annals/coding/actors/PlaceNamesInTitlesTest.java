package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A place's name inside a title names no sector (PhraseNames.sectorOf). */
class PlaceNamesInTitlesTest {
  @Test
  void aBankInAPlacesNameIsNoBusiness() {
    // "Palestinian West Bank security chief Jibril Rajub criticised Israel."
    var article = code(new HandBuiltText().sentence("Palestinian/Palestinian/JJ/MISC West/West/NNP/LOCATION Bank/Bank/NNP/LOCATION security/security/NN "
            + "chief/chief/NN Jibril/Jibril/NNP/PERSON Rajub/Rajub/NNP/PERSON criticised/criticise/VBD Israel/Israel/NNP/LOCATION ././.",
        "amod(5,1) compound(3,2) compound(5,3) compound(5,4) compound(7,5) compound(7,6) nsubj(8,7) root(0,8) obj(8,9) punct(8,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PSEGOV ISR 111").noneMatch(t -> t.startsWith("PSEBUS"));
  }
}
