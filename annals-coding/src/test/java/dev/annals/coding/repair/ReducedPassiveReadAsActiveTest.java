package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ReducedPassiveReadAsActiveTest {
  private static final ParseRepair REPAIR = new ReducedPassiveReadAsActive();
  // "A ship carrying 180 migrants deported from Mayotte docked."
  private static final HandParse CARRYING = HandParse.of("A/a/DT ship/ship/NN carrying/carry/VBG 180/180/CD migrants/migrant/NNS deported/deport/VBN "
      + "from/from/IN Mayotte/Mayotte/NNP/LOCATION docked/dock/VBD ././.");
  private static final String REST = "det(2,1) acl(2,3) nummod(5,4) ccomp(3,6) case(8,7) obl:from(6,8) nsubj(9,2) root(0,9) punct(9,10)";

  @Test
  void theParticipleAfterItsPeopleIsPassive() {
    CARRYING.assertRepairs(REPAIR, REST + " nsubj(6,5)", REST + " nsubj:pass(6,5)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CARRYING.assertLeavesAlone(REPAIR, "det(2,1) acl(2,3) nummod(5,4) obj(3,5) acl(5,6) case(8,7) obl:from(6,8) nsubj(9,2) root(0,9) punct(9,10)");
  }

  @Test
  void aRelativeClauseWithoutThatStaysActive() {
    // "They worked under an agreement the governments signed."
    HandParse.of("They/they/PRP worked/work/VBD under/under/IN an/a/DT agreement/agreement/NN the/the/DT governments/government/NNS signed/sign/VBN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:under(8,5) det(7,6) nsubj(8,7) dep(2,8) punct(2,9)");
  }
}
