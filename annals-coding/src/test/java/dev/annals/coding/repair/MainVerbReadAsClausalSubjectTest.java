package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbReadAsClausalSubjectTest {
  private static final ParseRepair REPAIR = new MainVerbReadAsClausalSubject();
  // "Chad suspended imports from Niger after an outbreak was confirmed in Agadez, the ministry said."
  private static final HandParse SUSPENDED = HandParse.of("Chad/Chad/NNP/LOCATION suspended/suspend/VBD imports/import/NNS from/from/IN "
      + "Niger/Niger/NNP/LOCATION after/after/IN an/a/DT outbreak/outbreak/NN was/be/VBD confirmed/confirm/VBN in/in/IN Agadez/Agadez/NNP/LOCATION "
      + ",/,/, the/the/DT ministry/ministry/NN said/say/VBD ././.");
  private static final String REPAIRED = "nsubj(2,1) obj(2,3) case(5,4) nmod:from(3,5) det(8,7) aux:pass(10,9) case(12,11) obl:in(10,12) punct(12,13) "
      + "det(15,14) nsubj(16,15) parataxis(2,16) punct(2,17) root(0,2) advcl:after(2,10) mark(10,6) nsubj:pass(10,8)";

  @Test
  void theMainClauseReadAsTheClausalSubjectOfTheSubordinateIsTheRootAgain() {
    SUSPENDED.assertRepairs(REPAIR, "nsubj(2,1) csubj:pass(10,2) obj(2,3) case(5,4) nmod:from(3,5) case(8,6) det(8,7) obl:after(2,8) aux:pass(10,9) "
        + "root(0,10) case(12,11) obl:in(10,12) punct(12,13) det(15,14) nsubj(16,15) ccomp(10,16) punct(10,17)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SUSPENDED.assertLeavesAlone(REPAIR, REPAIRED);
  }
}
