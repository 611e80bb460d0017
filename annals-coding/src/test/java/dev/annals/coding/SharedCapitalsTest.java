package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Brussels" is Belgium's government in a story of Belgium that names the EU no other way (actors/shared-capitals.tsv). */
class SharedCapitalsTest {
  private static final String SUMMONED = "Congo/Congo/NNP/LOCATION summoned/summon/VBD Brussels/Brussels/NNP/LOCATION '/'/POS envoy/envoy/NN ././.";
  private static final String SUMMONED_EDGES = "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)";

  @Test
  void brusselsInAStoryOfBelgiumIsBelgium() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Belgian/Belgian/JJ police/police/NN raided/raid/VBD a/a/DT Congolese/Congolese/JJ shop/shop/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence(SUMMONED, SUMMONED_EDGES)))).contains("COD BELGOV 114");
  }

  @Test
  void brusselsBesideTheEuNamedIsTheEu() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("The/the/DT EU/EU/NNP fined/fine/VBD a/a/DT Belgian/Belgian/JJ bank/bank/NN ././.", "det(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence(SUMMONED, SUMMONED_EDGES)))).contains("COD EU 114");
  }
}
