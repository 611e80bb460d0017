package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectReadAsCompoundOfQuotedJudgmentTest {
  private static final ParseRepair REPAIR = new ObjectReadAsCompoundOfQuotedJudgment();
  // 'Xi called Bangladesh "a trusted partner".'
  private static final HandParse CALLED = HandParse.of(
      "Xi/Xi/NNP/PERSON called/call/VBD Bangladesh/Bangladesh/NNP/LOCATION \"/\"/'' a/a/DT trusted/trusted/VBN partner/partner/NN \"/\"/'' ././.");
  private static final String REPAIRED = "nsubj(2,1) root(0,2) punct(7,4) det(7,5) amod(7,6) punct(7,8) punct(2,9) obj(2,3) xcomp(2,7) nsubj(7,3)";

  @Test
  void aNameBeforeTheQuotedNounIsTheObjectOfCalling() {
    CALLED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) compound(7,3) punct(7,4) det(7,5) amod(7,6) obj(2,7) punct(7,8) punct(2,9)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CALLED.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void aNameWithNoQuotationAfterItIsLeftAlone() {
    // "Xi called Bangladesh partners."
    HandParse.of("Xi/Xi/NNP/PERSON called/call/VBD Bangladesh/Bangladesh/NNP/LOCATION partners/partner/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) punct(2,5)");
  }
}
