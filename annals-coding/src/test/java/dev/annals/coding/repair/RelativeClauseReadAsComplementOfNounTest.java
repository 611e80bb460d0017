package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativeClauseReadAsComplementOfNounTest {
  private static final ParseRepair REPAIR = new RelativeClauseReadAsComplementOfNoun();
  // "Police questioned a Chilean who was detained on Sunday."
  private static final HandParse DETAINED = HandParse.of("Police/police/NNS questioned/question/VBD a/a/DT Chilean/Chilean/JJ who/who/WP "
      + "was/be/VBD detained/detain/VBN on/on/IN Sunday/Sunday/NNP ././.");

  @Test
  void aWhoClauseHungOnANounAsComplementIsItsRelativeClause() {
    DETAINED.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj:pass(7,5) aux:pass(7,6) ccomp(4,7) case(9,8) obl:on(7,9) punct(2,10)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj:pass(7,4) aux:pass(7,6) acl:relcl(4,7) case(9,8) obl:on(7,9) punct(2,10) ref(4,5)");
  }

  @Test
  void aClauseReportedByAVerbIsLeftAlone() {
    // "Police said who was detained." : the complement hangs on a verb.
    HandParse.of("Police/police/NNS said/say/VBD who/who/WP was/be/VBD detained/detain/VBN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj:pass(5,3) aux:pass(5,4) ccomp(2,5) punct(2,6)");
  }
}
