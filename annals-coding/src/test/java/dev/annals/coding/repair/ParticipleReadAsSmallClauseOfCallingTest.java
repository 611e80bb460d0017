package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ParticipleReadAsSmallClauseOfCallingTest {
  private static final ParseRepair REPAIR = new ParticipleReadAsSmallClauseOfCalling();
  // "Iran called the move a breach of the contract signed in 2024."
  private static final HandParse CALLED = HandParse.of("Iran/Iran/NNP/LOCATION called/call/VBD the/the/DT move/move/NN a/a/DT breach/breach/NN of/of/IN the/the/DT "
      + "contract/contract/NN signed/sign/VBN in/in/IN 2024/2024/CD ././.");
  private static final String CALLED_REPAIRED =
      "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(6,5) dep(4,6) case(9,7) det(9,8) nmod:of(6,9) acl(9,10) case(12,11) obl:in(10,12) punct(2,13)";

  @Test
  void theObjectIsTheCallingsAndTheParticipleModifiesTheNounBeforeIt() {
    CALLED.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) nsubj(10,4) det(6,5) dep(4,6) case(9,7) det(9,8) nmod:of(6,9) xcomp(2,10) case(12,11) obl:in(10,12) punct(2,13)", CALLED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CALLED.assertLeavesAlone(REPAIR, CALLED_REPAIRED);
  }

  @Test
  void aSmallClauseWithNoJudgmentStays() {
    // "Iran considered the contract signed.": what was considered is the contract signed.
    HandParse.of("Iran/Iran/NNP/LOCATION considered/consider/VBD the/the/DT contract/contract/NN signed/sign/VBN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) xcomp(2,5) punct(2,6)");
  }
}
