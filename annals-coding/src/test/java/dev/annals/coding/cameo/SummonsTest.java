package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Summoning a foreign body's envoy, delegation or its head is a protest to that body. */
class SummonsTest {
  @Test
  void summoningTheHeadOfADelegationIsAProtestToItsBody() {
    // "Kyrgyzstan summoned the head of the EU delegation."
    assertThat(code("Kyrgyzstan/Kyrgyzstan/NNP/LOCATION summoned/summon/VBD the/the/DT head/head/NN of/of/IN the/the/DT EU/EU/NNP/ORGANIZATION "
        + "delegation/delegation/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) det(8,6) compound(8,7) nmod:of(4,8) punct(2,9)").events())
        .extracting(e -> triple(e)).contains("KGZ EU 114");
  }
}
