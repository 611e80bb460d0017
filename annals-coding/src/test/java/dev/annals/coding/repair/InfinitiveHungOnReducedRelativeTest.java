package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class InfinitiveHungOnReducedRelativeTest {
  private static final ParseRepair REPAIR = new InfinitiveHungOnReducedRelative();
  // "Fiji ordered six officers attached to its force to leave."
  private static final HandParse ORDER = HandParse.of(
      "Fiji/Fiji/NNP ordered/order/VBD six/six/CD officers/officer/NNS attached/attach/VBN to/to/IN its/its/PRP$ force/force/NN to/to/TO leave/leave/VB ./././.");
  private static final String ORDER_REPAIRED =
      "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) acl(4,5) case(8,6) nmod:poss(8,7) obl:to(5,8) mark(10,9) xcomp(2,10) punct(2,11)";

  @Test
  void theParticiplesSubjectIsTheObjectAndItsInfinitiveIsWhatTheVerbOrders() {
    ORDER.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) nummod(4,3) nsubj(5,4) ccomp(2,5) case(8,6) nmod:poss(8,7) obl:to(5,8) mark(10,9) xcomp(5,10) punct(2,11)", ORDER_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ORDER.assertLeavesAlone(REPAIR, ORDER_REPAIRED);
  }

  @Test
  void aReportedClauseWithoutAnInfinitiveStays() {
    // "Officials said six officers attached to the force left.": "left" is the clause's verb.
    HandParse.of("Officials/official/NNS said/say/VBD six/six/CD officers/officer/NNS attached/attach/VBN to/to/IN the/the/DT force/force/NN left/leave/VBD ./././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nummod(4,3) nsubj(9,4) acl(4,5) case(8,6) det(8,7) obl:to(5,8) ccomp(2,9) punct(2,10)");
  }

  @Test
  void aParticipleClauseWithItsAuxiliaryStays() {
    // "Officials said the officers were ordered to leave.": an auxiliary makes it a clause.
    HandParse.of("Officials/official/NNS said/say/VBD the/the/DT officers/officer/NNS were/be/VBD ordered/order/VBN to/to/TO leave/leave/VB ./././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj:pass(6,4) aux:pass(6,5) ccomp(2,6) mark(8,7) xcomp(6,8) punct(2,9)");
  }
}
