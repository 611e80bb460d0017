package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MiddleVerbOfSeriesHungAsDepTest {
  private static final ParseRepair REPAIR = new MiddleVerbOfSeriesHungAsDep();

  @Test
  void theMiddleVerbOfASeriesHungAsDepIsJoinedToTheFirstWithItsSubject() {
    // "Peru rejected the ruling , accused Chile and recalled envoys ."
    HandParse.of("Peru/Peru/NNP/LOCATION rejected/reject/VBD the/the/DT ruling/ruling/NN ,/,/, accused/accuse/VBD Chile/Chile/NNP/LOCATION and/and/CC "
            + "recalled/recall/VBD envoys/envoy/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) dep(2,6) obj(6,7) cc(9,8) conj:and(6,9) nsubj(9,1) obj(9,10) punct(2,11)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) conj:and(2,6) obj(6,7) cc(9,8) conj:and(6,9) nsubj(9,1) obj(9,10) punct(2,11) nsubj(6,1)");
  }

  @Test
  void aVerbHungAsDepWithNoLaterVerbIsLeftAlone() {
    // "Peru rejected the ruling , accused Chile ."
    HandParse.of("Peru/Peru/NNP/LOCATION rejected/reject/VBD the/the/DT ruling/ruling/NN ,/,/, accused/accuse/VBD Chile/Chile/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) dep(2,6) obj(6,7) punct(2,8)");
  }
}
