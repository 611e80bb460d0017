package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ships sent laden with goods are aid to whom they go, not a show of force (ShipsOfGoods). */
class ShipsOfGoodsTest {
  @Test
  void tankersOfOilAndAShipCarryingFoodAreAid() {
    // "Chile sent two tankers of crude oil and a ship carrying food and medicine to Peru on Monday."
    assertThat(triples(code("Chile/Chile/NNP/LOCATION sent/send/VBD two/two/CD tankers/tanker/NNS of/of/IN crude/crude/JJ oil/oil/NN and/and/CC a/a/DT "
            + "ship/ship/NN carrying/carry/VBG food/food/NN and/and/CC medicine/medicine/NN to/to/IN Peru/Peru/NNP/LOCATION on/on/IN Monday/Monday/NNP/DATE ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(7,5) amod(7,6) nmod:of(4,7) cc(10,8) det(10,9) obj(2,10) conj:and(4,10) acl(10,11) obj(11,12) "
            + "cc(14,13) obj(11,14) conj:and(12,14) case(16,15) obl:to(11,16) case(18,17) obl:on(2,18) punct(2,19)")))
        // (Aid of a kind its cargo tells: food and medicine sent are humanitarian aid, 073.)
        .anyMatch(t -> t.startsWith("CHL PER 07")).noneMatch(t -> t.endsWith(" 150"));
  }

  @Test
  void warshipsSentAreStillAShowOfForce() {
    // "Chile sent two warships to Peru's coast on Monday."
    assertThat(triples(code("Chile/Chile/NNP/LOCATION sent/send/VBD two/two/CD warships/warship/NNS to/to/IN Peru/Peru/NNP/LOCATION 's/'s/POS coast/coast/NN "
            + "on/on/IN Monday/Monday/NNP/DATE ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(8,5) nmod:poss(8,6) case(6,7) obl:to(2,8) case(10,9) obl:on(2,10) punct(2,11)")))
        .anyMatch(t -> t.endsWith(" 150")).noneMatch(t -> t.endsWith(" 070"));
  }
}
