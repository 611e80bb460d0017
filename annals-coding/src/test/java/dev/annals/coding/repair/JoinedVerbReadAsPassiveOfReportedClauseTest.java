package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JoinedVerbReadAsPassiveOfReportedClauseTest {
  private static final ParseRepair REPAIR = new JoinedVerbReadAsPassiveOfReportedClause();
  /** "Leaders said 11 people were injured and accused the police ." */
  private static final String TOKENS = "Leaders/leader/NNS said/say/VBD 11/11/CD people/people/NNS were/be/VBD injured/injure/VBN and/and/CC "
      + "accused/accuse/VBN the/the/DT police/police/NN ././.";

  @Test
  void theObjectHungOnTheReportedPassiveIsTheJoinedVerbsWhichGoesOnWithTheSaying() {
    HandParse.of(TOKENS).assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) nummod(4,3) nsubj:pass(6,4) nsubj:pass(8,4) aux:pass(6,5) ccomp(2,6) cc(8,7) ccomp(2,8) conj:and(6,8) det(10,9) obj(6,10) punct(2,11)",
        "nsubj(2,1) root(0,2) nummod(4,3) nsubj:pass(6,4) aux:pass(6,5) ccomp(2,6) cc(8,7) det(10,9) punct(2,11) conj:and(2,8) nsubj(8,1) obj(8,10)");
  }

  @Test
  void aJoinedPassiveWithAnAuxiliaryOfItsOwnIsLeftAlone() {
    // "Leaders said 11 people were injured and were accused ..." has no object to move.
    HandParse.of("Leaders/leader/NNS said/say/VBD 11/11/CD people/people/NNS were/be/VBD injured/injure/VBN and/and/CC were/be/VBD accused/accuse/VBN ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) root(0,2) nummod(4,3) nsubj:pass(6,4) nsubj:pass(9,4) aux:pass(6,5) ccomp(2,6) cc(9,7) aux:pass(9,8) conj:and(6,9) punct(2,10)");
  }
}
