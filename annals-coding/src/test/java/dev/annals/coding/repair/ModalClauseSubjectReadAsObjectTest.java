package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ModalClauseSubjectReadAsObjectTest {
  private static final ParseRepair REPAIR = new ModalClauseSubjectReadAsObject();
  // "He said he hoped the release would help Lima."
  private static final HandParse HELP = HandParse.of("He/he/PRP said/say/VBD he/he/PRP hoped/hope/VBD the/the/DT release/release/NN would/would/MD "
      + "help/help/VB Lima/Lima/NNP/LOCATION ././.");

  @Test
  void theObjectBeforeAModalVerbWithNoSubjectIsThatVerbsSubject() {
    HELP.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) aux(8,7) dep(2,8) obj(8,9) punct(2,10)",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) aux(8,7) obj(8,9) punct(2,10) nsubj(8,6) ccomp(4,8)");
  }

  @Test
  void aVerbWithASubjectOfItsOwnIsLeftAsParsed() {
    // "He said he hoped the release, and they would help Lima" keeps its parse.
    HandParse.of("He/he/PRP said/say/VBD he/he/PRP hoped/hope/VBD the/the/DT release/release/NN would/would/MD they/they/PRP help/help/VB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) aux(9,7) nsubj(9,8) dep(2,9) punct(2,10)");
  }
}
