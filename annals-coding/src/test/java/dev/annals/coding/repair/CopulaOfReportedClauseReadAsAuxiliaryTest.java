package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class CopulaOfReportedClauseReadAsAuxiliaryTest {
  private static final ParseRepair REPAIR = new CopulaOfReportedClauseReadAsAuxiliary();
  // "The ministry said the men were farmers, condemned the killings and left."
  private static final HandParse SAID = HandParse.of("The/the/DT ministry/ministry/NN said/say/VBD the/the/DT men/man/NNS were/be/VBD farmers/farmer/NNS ,/,/, "
      + "condemned/condemn/VBD the/the/DT killings/killing/NNS ././.");

  @Test
  void thePredicateIsWhatWasSaidAndThePastVerbTheSpeakersNextAct() {
    SAID.assertRepairs(REPAIR,
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(9,5) aux(9,6) nsubj(9,7) punct(9,8) ccomp(3,9) det(11,10) obj(9,11) punct(3,12)",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(7,5) cop(7,6) conj:and(3,9) punct(9,8) ccomp(3,7) det(11,10) obj(9,11) punct(3,12) nsubj(9,2)");
  }

  @Test
  void aPassiveWithItsAuxiliaryIsLeftAlone() {
    // "The ministry said the men were condemned." has "were" for an auxiliary indeed.
    HandParse.of("The/the/DT ministry/ministry/NN said/say/VBD the/the/DT men/man/NNS were/be/VBD condemned/condemn/VBN ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj:pass(7,5) aux:pass(7,6) ccomp(3,7) punct(3,8)");
  }
}
