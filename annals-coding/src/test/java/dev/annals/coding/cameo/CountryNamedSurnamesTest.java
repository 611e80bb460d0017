package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A known person whose surname names a country is that person, not the country. */
class CountryNamedSurnamesTest {
  @Test
  void portugalsPrimeMinisterIsNotMontenegro() {
    // "Prime Minister Luis Montenegro telephoned Lula."
    assertThat(code("Prime/Prime/NNP Minister/Minister/NNP Luis/Luis/NNP/PERSON Montenegro/Montenegro/NNP/PERSON telephoned/telephone/VBD Lula/Lula/NNP/PERSON ././.",
        "compound(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)").events())
        .extracting(e -> triple(e)).containsExactly("PRTGOV BRAGOV 041");
  }

  @Test
  void theCountryAloneIsStillTheCountry() {
    // "Montenegro's prime minister telephoned Lula."
    assertThat(code("Montenegro/Montenegro/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN telephoned/telephone/VBD Lula/Lula/NNP/PERSON ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)").events())
        .extracting(e -> triple(e)).containsExactly("MNEGOV BRAGOV 041");
  }
}
