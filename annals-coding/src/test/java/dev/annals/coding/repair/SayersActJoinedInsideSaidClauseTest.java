package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SayersActJoinedInsideSaidClauseTest {
  private static final ParseRepair REPAIR = new SayersActJoinedInsideSaidClause();

  @Test
  void aWarningOfANamedSideJoinedInsideASaidClauseIsTheSayers() {
    // "China said that the pact threatened stability and warned Ottawa."
    HandParse.of("China/China/NNP/LOCATION said/say/VBD that/that/IN the/the/DT pact/pact/NN threatened/threaten/VBD stability/stability/NN "
            + "and/and/CC warned/warn/VBD Ottawa/Ottawa/NNP/LOCATION ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) mark(6,3) det(5,4) nsubj(6,5) nsubj(9,5) ccomp(2,6) obj(6,7) cc(9,8) ccomp(2,9) conj:and(6,9) obj(9,10) punct(2,11)",
            "nsubj(2,1) root(0,2) mark(6,3) det(5,4) nsubj(6,5) ccomp(2,6) obj(6,7) cc(9,8) obj(9,10) punct(2,11) conj:and(2,9) nsubj(9,1)");
  }

  @Test
  void aReportThatWarnsIsLeftAlone() {
    // "China said that the report found flaws and warned Ottawa."
    HandParse.of("China/China/NNP/LOCATION said/say/VBD that/that/IN the/the/DT report/report/NN found/find/VBD flaws/flaw/NNS "
            + "and/and/CC warned/warn/VBD Ottawa/Ottawa/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) root(0,2) mark(6,3) det(5,4) nsubj(6,5) nsubj(9,5) ccomp(2,6) obj(6,7) cc(9,8) ccomp(2,9) conj:and(6,9) obj(9,10) punct(2,11)");
  }

  @Test
  void actsBeforeAClosingAttributionAreLeftToTheirDoers() {
    // "Residents blocked the gate and accused Santiago, police said."
    HandParse.of("Residents/resident/NNS blocked/block/VBD the/the/DT gate/gate/NN and/and/CC accused/accuse/VBD Santiago/Santiago/NNP/LOCATION "
            + ",/,/, police/police/NNS said/say/VBD ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) nsubj(6,1) ccomp(10,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) ccomp(10,6) obj(6,7) punct(10,8) nsubj(10,9) root(0,10) punct(10,11)");
  }
}
