package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An appeal the text addresses to others is not made to whom the speaker thanked (SharedAddressees). */
class AppealsToOthersTest {
  @Test
  void anAppealToOtherCountriesIsNotMadeToTheOneThanked() {
    // "Chile thanked Peru and appealed to other countries for help."
    assertThat(code("Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION and/and/CC appealed/appeal/VBD to/to/TO other/other/JJ "
            + "countries/country/NNS for/for/IN help/help/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(2,5) nsubj(5,1) case(8,6) amod(8,7) obl:to(5,8) case(10,9) obl:for(5,10) punct(2,11)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.matches("CHL PER 02\\d*"));
  }

  @Test
  void anAppealToNoOneIsStillMadeToTheOneThanked() {
    // "Chile thanked Peru and appealed for help."
    assertThat(code("Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION and/and/CC appealed/appeal/VBD for/for/IN help/help/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(2,5) nsubj(5,1) case(7,6) obl:for(5,7) punct(2,8)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("CHL PER 02\\d*"));
  }
}
