package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativePronounReadAsHeadTest {
  private static final ParseRepair REPAIR = new RelativePronounReadAsHead();
  // "Bio, who chairs ECOWAS, telephoned Doumbouya and proposed talks."
  private static final HandParse CALL = HandParse.of(
      "Bio/Bio/NNP/PERSON ,/,/, who/who/WP chairs/chair/VBZ ECOWAS/ECOWAS/NNP/ORGANIZATION ,/,/, telephoned/telephone/VBD "
          + "Doumbouya/Doumbouya/NNP/PERSON and/and/CC proposed/propose/VBD talks/talk/NNS ././.");

  @Test
  void theClauseIsTheNounsAndTheVerbJoinedToTheMainOneSharesItsSubject() {
    CALL.assertRepairs(REPAIR,
        "nsubj(7,1) punct(1,2) dep(1,3) dep(3,4) obj(4,5) punct(5,6) root(0,7) obj(7,8) cc(10,9) obj(4,10) conj:and(5,10) obj(10,11) punct(1,12)",
        "nsubj(7,1) punct(1,2) obj(4,5) punct(5,6) root(0,7) obj(7,8) cc(10,9) obj(10,11) punct(1,12) acl:relcl(1,4) nsubj(4,1) ref(1,3) "
            + "conj:and(7,10) nsubj(10,1)");
  }

  @Test
  void aRelativeClauseParsedRightIsLeftAlone() {
    CALL.assertLeavesAlone(REPAIR,
        "nsubj(7,1) punct(1,2) nsubj(4,1) ref(1,3) acl:relcl(1,4) obj(4,5) punct(5,6) root(0,7) obj(7,8) cc(10,9) conj:and(7,10) nsubj(10,1) obj(10,11) punct(7,12)");
  }
}
