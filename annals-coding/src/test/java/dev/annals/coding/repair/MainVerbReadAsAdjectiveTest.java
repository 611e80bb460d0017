package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbReadAsAdjectiveTest {
  private static final ParseRepair REPAIR = new MainVerbReadAsAdjective();
  // "Rubio, who leads the delegation, accused Havana and Caracas of lying."
  private static final HandParse ACCUSED = HandParse.of(
      "Rubio/Rubio/NNP ,/,/, who/who/WP leads/lead/VBZ the/the/DT delegation/delegation/NN ,/,/, accused/accuse/VBN Havana/Havana/NNP and/and/CC Caracas/Caracas/NNP of/of/IN lying/lie/VBG ././.");
  private static final String ACCUSED_REPAIRED =
      "root(0,8) nsubj(8,1) punct(1,2) nsubj(4,3) acl:relcl(1,4) det(6,5) obj(4,6) punct(4,7) obj(8,9) cc(11,10) obj(8,11) conj:and(9,11) mark(13,12) advcl:of(8,13) punct(1,14)";

  @Test
  void theParticipleAfterTheCommaIsTheMainVerb() {
    ACCUSED.assertRepairs(REPAIR,
        "root(0,1) punct(1,2) nsubj(4,3) dep(1,4) det(6,5) obj(4,6) punct(4,7) amod(9,8) obj(4,9) cc(11,10) obj(4,11) conj:and(9,11) mark(13,12) acl:of(9,13) punct(1,14)",
        ACCUSED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ACCUSED.assertLeavesAlone(REPAIR, ACCUSED_REPAIRED);
  }
}
