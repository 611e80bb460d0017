package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativeClauseReadAsComplementTest {
  private static final ParseRepair REPAIR = new RelativeClauseReadAsComplement();
  // "Korea held drills, angering Japan, which claims the islands."
  private static final HandParse HELD = HandParse.of(
      "Korea/Korea/NNP/LOCATION held/hold/VBD drills/drill/NNS ,/,/, angering/anger/VBG Japan/Japan/NNP/LOCATION ,/,/, which/which/WDT claims/claim/VBZ the/the/DT islands/island/NNS ././.");
  private static final String HELD_REPAIRED =
      "nsubj(2,1) root(0,2) obj(2,3) punct(2,4) dep(2,5) obj(5,6) punct(6,7) acl:relcl(6,9) nsubj(9,6) det(11,10) obj(9,11) punct(2,12) ref(6,8)";
  // "Korea said Japan claims the islands."
  private static final HandParse SAID = HandParse.of(
      "Korea/Korea/NNP/LOCATION said/say/VBD Japan/Japan/NNP/LOCATION claims/claim/VBZ the/the/DT islands/island/NNS ././.");

  @Test
  void aClauseWhoseSubjectIsWhichAfterACommaDescribesTheNounBeforeIt() {
    HELD.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4) dep(2,5) obj(5,6) punct(6,7) nsubj(9,8) ccomp(2,9) det(11,10) obj(9,11) punct(2,12)",
        HELD_REPAIRED);
  }

  @Test
  void aComplementWithItsOwnSubjectIsLeftAlone() {
    SAID.assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) punct(2,7)");
  }
}
