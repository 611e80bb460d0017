package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DirectObjectHungOnIndirectObjectTest {
  private static final ParseRepair REPAIR = new DirectObjectHungOnIndirectObject();
  // "China handed Nauru's police 12 vehicles and radios."
  private static final HandParse HANDED = HandParse.of(
      "China/China/NNP handed/hand/VBD Nauru/Nauru/NNP 's/'s/POS police/police/NN 12/12/CD vehicles/vehicle/NNS and/and/CC radios/radio/NNS ././.");
  private static final String HANDED_REPAIRED =
      "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) iobj(2,5) nummod(7,6) obj(2,7) cc(9,8) obj(2,9) conj:and(7,9) punct(2,10)";

  @Test
  void theThingHungOnTheReceiverIsTheVerbsObject() {
    HANDED.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) iobj(2,5) nummod(7,6) dep(5,7) cc(9,8) dep(5,9) conj:and(7,9) punct(2,10)", HANDED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    HANDED.assertLeavesAlone(REPAIR, HANDED_REPAIRED);
  }
}
