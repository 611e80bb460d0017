package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectSharedByJoinedVerbsTest {
  private static final ParseRepair REPAIR = new ObjectSharedByJoinedVerbs();

  @Test
  void twoVerbsJoinedRightBeforeAnObjectTakeItTogether() {
    // "Qatar pardoned and freed nine Indian sailors."
    HandParse.of("Qatar/Qatar/NNP/LOCATION pardoned/pardon/VBD and/and/CC freed/free/VBD nine/nine/CD Indian/Indian/JJ/MISC sailors/sailor/NNS ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) cc(4,3) conj:and(2,4) nsubj(4,1) nummod(7,5) amod(7,6) obj(2,7) punct(2,8)",
            "nsubj(2,1) root(0,2) cc(4,3) conj:and(2,4) nsubj(4,1) nummod(7,5) amod(7,6) obj(2,7) punct(2,8) obj(4,7)");
  }

  @Test
  void verbsWithObjectsOfTheirOwnAreLeftAlone() {
    // "Qatar pardoned the captain and freed nine Indian sailors."
    HandParse.of("Qatar/Qatar/NNP/LOCATION pardoned/pardon/VBD the/the/DT captain/captain/NN and/and/CC freed/free/VBD nine/nine/CD Indian/Indian/JJ/MISC "
            + "sailors/sailor/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) nummod(9,7) amod(9,8) obj(6,9) punct(2,10)");
  }
}
