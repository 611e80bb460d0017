package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectHungOnDayWordTest {
  private static final ParseRepair REPAIR = new ObjectHungOnDayWord();
  // "Beirut rejected Thursday a UN appeal."
  private static final HandParse REJECTION = HandParse.of(
      "Beirut/Beirut/NNP/LOCATION rejected/reject/VBD Thursday/Thursday/NNP/DATE a/a/DT UN/UN/NNP/ORGANIZATION appeal/appeal/NN ././.");
  private static final String REJECTION_REPAIRED = "nsubj(2,1) root(0,2) obl:tmod(2,3) det(6,4) compound(6,5) punct(2,7) obj(2,6)";

  @Test
  void theNounHangingFromTheDayIsTheVerbsObject() {
    // "appeal" a loose dependent of "Thursday".
    REJECTION.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obl:tmod(2,3) det(6,4) compound(6,5) dep(3,6) punct(2,7)", REJECTION_REPAIRED);
  }

  @Test
  void theObjectParsedRightIsLeftAlone() {
    REJECTION.assertLeavesAlone(REPAIR, REJECTION_REPAIRED);
  }

  @Test
  void aDayWithTheVerbsOwnObjectChangesNothing() {
    HandParse.of("Chile/Chile/NNP/LOCATION rejected/reject/VBD Thursday/Thursday/NNP/DATE the/the/DT proposal/proposal/NN and/and/CC a/a/DT plan/plan/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obl:tmod(2,3) det(5,4) obj(2,5) cc(8,6) det(8,7) dep(3,8) punct(2,9)");
  }
}
