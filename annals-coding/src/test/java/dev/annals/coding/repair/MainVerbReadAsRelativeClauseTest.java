package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbReadAsRelativeClauseTest {
  private static final ParseRepair REPAIR = new MainVerbReadAsRelativeClause();
  // "China, which abstained, urged both sides to talk."
  private static final HandParse URGED = HandParse.of(
      "China/China/NNP/LOCATION ,/,/, which/which/WDT abstained/abstain/VBD ,/,/, urged/urge/VBD both/both/DT sides/side/NNS to/to/TO talk/talk/VB ././.");
  private static final String URGED_REPAIRED =
      "root(0,6) nsubj(6,1) punct(1,2) ref(1,3) acl:relcl(1,4) nsubj(4,3) punct(6,5) det(8,7) obj(6,8) nsubj:xsubj(10,8) mark(10,9) xcomp(6,10) punct(1,11)";

  @Test
  void theVerbReadAsSubjectIsTheRelativeClauseAndTheNounTheSubject() {
    URGED.assertRepairs(REPAIR,
        "root(0,1) obj(6,1) nsubj:xsubj(10,1) punct(1,2) ref(1,3) nsubj(6,4) punct(6,5) acl:relcl(1,6) det(8,7) obj(6,8) nsubj:xsubj(10,8) mark(10,9) xcomp(6,10) punct(1,11)",
        URGED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    URGED.assertLeavesAlone(REPAIR, URGED_REPAIRED);
  }
}
