package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PossessiveHungOnCompoundTest {
  private static final ParseRepair REPAIR = new PossessiveHungOnCompound();
  // "Portugal's environment ministry asked Madrid."
  private static final HandParse ASKED = HandParse.of(
      "Portugal/Portugal/NNP/LOCATION 's/'s/POS environment/environment/NN ministry/ministry/NN asked/ask/VBD Madrid/Madrid/NNP/LOCATION ././.");

  @Test
  void thePossessiveOwnsTheCompoundsHead() {
    ASKED.assertRepairs(REPAIR, "nmod:poss(3,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ASKED.assertLeavesAlone(REPAIR, "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)");
  }
}
