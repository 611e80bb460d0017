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
  void aLastVerbTaggedAParticipleAndHungOnTheFirstAsWellIsJoinedOnceAfterTheMiddle() {
    // "Peru received the envoy , thanked Chile and called/VBN on others .": "called" hung on
    // "received" as a dep as well as joined to "thanked".
    HandParse.of("Peru/Peru/NNP/LOCATION received/receive/VBD the/the/DT envoy/envoy/NN ,/,/, thanked/thank/VBD Chile/Chile/NNP/LOCATION and/and/CC "
            + "called/call/VBN on/on/IN others/other/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) dep(2,6) obj(6,7) cc(9,8) dep(2,9) conj:and(6,9) case(11,10) obl:on(9,11) punct(2,12)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) conj:and(2,6) nsubj(6,1) obj(6,7) cc(9,8) conj:and(6,9) case(11,10) obl:on(9,11) punct(2,12)");
  }

  @Test
  void aVerbHungAsDepWithNoLaterVerbIsLeftAlone() {
    // "Peru rejected the ruling , accused Chile ."
    HandParse.of("Peru/Peru/NNP/LOCATION rejected/reject/VBD the/the/DT ruling/ruling/NN ,/,/, accused/accuse/VBD Chile/Chile/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) dep(2,6) obj(6,7) punct(2,8)");
  }
}
