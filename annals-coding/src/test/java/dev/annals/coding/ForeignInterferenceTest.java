package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Foreign interference in a state's affairs is condemned in whoever that state was last at odds with (AntecedentTargets.foreignInterference). */
class ForeignInterferenceTest {
  @Test
  void foreignInterferenceInAStatesAffairsIsTheSideItLastProtestedTo() {
    // "Jordan summoned Iran's ambassador on Sunday. The Arab League condemned foreign interference in Jordan's affairs."
    HandBuiltText text = new HandBuiltText()
        .sentence("Jordan/Jordan/NNP/LOCATION summoned/summon/VBD Iran/Iran/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN on/on/IN Sunday/Sunday/NNP ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) obl:on(2,7) punct(2,8)")
        .sentence("The/the/DT Arab/Arab/NNP/ORGANIZATION League/League/NNP/ORGANIZATION condemned/condemn/VBD foreign/foreign/JJ interference/interference/NN "
            + "in/in/IN Jordan/Jordan/NNP/LOCATION 's/'s/POS affairs/affair/NNS ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) case(10,7) nmod:poss(10,8) case(8,9) nmod:in(6,10) punct(4,11)");
    assertThat(triples(code(text))).anyMatch(t -> t.matches("ARL IRN\\w* 111")).noneMatch(t -> t.matches("ARL JOR\\w* 111"));
  }
}
