package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A craft that comes in with its cargo stands for the cargo (VerbObjects.arrivingCargoCraft). */
class ArrivingCargoCraftTest {
  @Test
  void planesCarryingFoodLandAid() {
    // "Two Turkish military planes carrying tents and food landed in Bangladesh."
    assertThat(code("Two/two/CD Turkish/Turkish/JJ/MISC military/military/JJ planes/plane/NNS carrying/carry/VBG tents/tent/NNS and/and/CC food/food/NN "
            + "landed/land/VBD in/in/IN Bangladesh/Bangladesh/NNP/LOCATION ././.",
        "nummod(4,1) amod(4,2) amod(4,3) nsubj(9,4) acl(4,5) obj(5,6) cc(8,7) conj:and(6,8) obj(5,8) root(0,9) case(11,10) obl:in(9,11) punct(9,12)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("TUR\\S* \\S+ 07\\d*")).noneMatch(t -> t.matches("TUR\\S* \\S+ 042"));
  }
}
