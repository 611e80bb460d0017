package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PassiveAuxiliariesLeftOutOfJoinedVerbTest {
  private static final ParseRepair REPAIR = new PassiveAuxiliariesLeftOutOfJoinedVerb();

  @Test
  void aParticipleJoinedToAPassiveWithNoAuxiliaryOfItsOwnIsPassiveToo() {
    // "The crews would be questioned and the boats sunk."
    HandParse.of("The/the/DT crews/crew/NNS would/would/MD be/be/VB questioned/question/VBN and/and/CC the/the/DT boats/boat/NNS sunk/sink/VBN ././.")
        .assertRepairs(REPAIR, "det(2,1) nsubj:pass(5,2) aux(5,3) aux:pass(5,4) root(0,5) cc(9,6) det(8,7) nsubj(9,8) conj:and(5,9) punct(5,10)",
            "det(2,1) nsubj:pass(5,2) aux(5,3) aux:pass(5,4) root(0,5) cc(9,6) det(8,7) nsubj:pass(9,8) conj:and(5,9) punct(5,10) aux(9,3) aux:pass(9,4)");
  }

  @Test
  void aJoinedVerbWithAnObjectIsActive() {
    // "The crews were questioned and the navy sank the boats." (tagged VBN)
    HandParse.of("The/the/DT crews/crew/NNS were/be/VBD questioned/question/VBN and/and/CC the/the/DT navy/navy/NN sank/sink/VBN the/the/DT boats/boat/NNS ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) cc(8,5) det(7,6) nsubj(8,7) conj:and(4,8) det(10,9) obj(8,10) punct(4,11)");
  }
}
