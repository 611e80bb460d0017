package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place built for trade or visitors stands for the state its adjective names (actors/proxy-nouns.txt). */
class OwnedPlacesTest {
  @Test
  void investingInACountrysResortIsAimedAtThatCountry() {
    // "Qatar invested in an Egyptian resort."
    assertThat(triples(code("Qatar/Qatar/NNP/LOCATION invested/invest/VBD in/in/IN an/a/DT Egyptian/Egyptian/JJ/MISC resort/resort/NN ././.",
        "nsubj(2,1) root(0,2) case(6,3) det(6,4) amod(6,5) obl:in(2,6) punct(2,7)"))).anyMatch(t -> t.startsWith("QAT EGY "));
  }
}
