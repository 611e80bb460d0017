package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PlaceNameEndingInPossessiveTest {
  private static final ParseRepair REPAIR = new PlaceNameEndingInPossessive();

  @Test
  void aNameEndingInPossessiveAfterAPrepositionIsThatPrepositionsPhrase() {
    // "Lima sent experts to St George's on Monday."
    HandParse.of("Lima/Lima/NNP/LOCATION sent/send/VBD experts/expert/NNS to/to/TO St/St/NNP/LOCATION George/George/NNP/LOCATION 's/'s/POS "
        + "on/on/IN Monday/Monday/NNP ././.").assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) compound(6,5) obl:'s(2,6) case(6,7) case(9,8) obl:on(2,9) punct(2,10)",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) compound(6,5) obl:to(2,6) case(6,7) case(9,8) obl:on(2,9) punct(2,10)");
  }

  @Test
  void aPossessiveOwningTheNextNounIsLeftAlone() {
    // "Lima sent experts to George's farm." (a misparse kept only to show the possessive owns "farm")
    HandParse.of("Lima/Lima/NNP/LOCATION sent/send/VBD experts/expert/NNS to/to/TO George/George/NNP 's/'s/POS farm/farm/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:'s(2,5) case(5,6) dep(5,7) punct(2,8)");
  }
}
