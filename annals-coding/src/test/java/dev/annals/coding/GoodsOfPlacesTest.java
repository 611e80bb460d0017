package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Goods made in a place of no name that a country's adjective names are that country's. */
class GoodsOfPlacesTest {
  @Test
  void aBanOnGoodsProducedInIsraeliSettlementsIsAimedAtIsrael() {
    // "Ireland banned imports of goods produced in Israeli settlements."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Ireland/Ireland/NNP/LOCATION banned/ban/VBD imports/import/NNS of/of/IN goods/goods/NNS produced/produce/VBN in/in/IN Israeli/Israeli/JJ "
            + "settlements/settlement/NNS ././.",
        "root(0,2) nsubj(2,1) obj(2,3) punct(2,10) acl(5,6) obl:in(6,9) nmod:of(3,5) case(5,4) case(9,7) amod(9,8)"))))
        .anyMatch(t -> t.startsWith("IRL ISR 163"));
  }
}
