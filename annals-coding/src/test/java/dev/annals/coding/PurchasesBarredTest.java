package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Buying from someone barred is trade with them stopped, aimed at the sellers, though the parser
 * read the gerund after "from" as an adjective of the goods.
 */
class PurchasesBarredTest {

  @Test
  void barringPurchasesFromAnotherCountrysMakersIsAnEmbargoOnThem() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Panama/Panama/NNP/LOCATION on/on/IN Monday/Monday/NNP barred/bar/VBD state/state/NN agencies/agency/NNS "
            + "from/from/IN buying/buy/VBG drones/drone/NNS and/and/CC radar/radar/NN equipment/equipment/NN from/from/IN "
            + "Israeli/Israeli/JJ manufacturers/manufacturer/NNS ././.",
            "root(0,4) nsubj(4,1) obl:on(4,3) obj(4,6) obl:from(4,9) obl:from(4,12) obl:from(4,15) punct(4,16) case(3,2) "
            + "compound(6,5) case(9,7) amod(9,8) conj:and(9,12) cc(12,10) compound(12,11) case(15,13) amod(15,14)"))))
        .containsExactly("PAN ISRBUS 163");
  }
}
