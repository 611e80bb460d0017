package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToSubjunctiveTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToSubjunctive();

  @Test
  void aPastVerbJoinedToWhatWasDemandedIsTheDemandersNextAct() {
    // "Norway demanded that Minsk free the men and recalled its envoy."
    HandParse.of("Norway/Norway/NNP/LOCATION demanded/demand/VBD that/that/IN Minsk/Minsk/NNP/LOCATION free/free/VB the/the/DT men/man/NNS and/and/CC "
            + "recalled/recall/VBD its/its/PRP$ envoy/envoy/NN ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) det(7,6) obj(5,7) cc(9,8) nsubj(9,4) ccomp(2,9) conj:and(5,9) nmod:poss(11,10) obj(9,11) punct(2,12)",
            "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) det(7,6) obj(5,7) cc(9,8) nmod:poss(11,10) obj(9,11) punct(2,12) conj:and(2,9) nsubj(9,1)");
  }

  @Test
  void aBareVerbJoinedToWhatWasDemandedIsLeftAlone() {
    // "Norway demanded that Minsk free the men and recall its envoy.": both are demanded.
    HandParse.of("Norway/Norway/NNP/LOCATION demanded/demand/VBD that/that/IN Minsk/Minsk/NNP/LOCATION free/free/VB the/the/DT men/man/NNS and/and/CC "
            + "recall/recall/VB its/its/PRP$ envoy/envoy/NN ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) det(7,6) obj(5,7) cc(9,8) nsubj(9,4) ccomp(2,9) conj:and(5,9) nmod:poss(11,10) obj(9,11) punct(2,12)");
  }
}
