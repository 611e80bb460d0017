package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ReportedClauseReadAsRootTest {
  private static final ParseRepair REPAIR = new ReportedClauseReadAsRoot();
  // "Police arrested 23 people, and the ministry said those responsible would be prosecuted."
  private static final HandParse PROSECUTED = HandParse.of("Police/police/NNS arrested/arrest/VBD 23/23/CD people/people/NNS ,/,/, and/and/CC "
      + "the/the/DT ministry/ministry/NN said/say/VBD those/those/DT responsible/responsible/JJ would/would/MD be/be/VB prosecuted/prosecute/VBN ././.");

  @Test
  void aRootWithAModalAndNoSubjectUnderALooseSayingIsWhatItReports() {
    PROSECUTED.assertRepairs(REPAIR,
        "nsubj(2,1) dep(14,2) nummod(4,3) obj(2,4) punct(2,5) cc(9,6) det(8,7) nsubj(9,8) conj:and(2,9) dep(14,9) obj(9,10) amod(10,11) aux(14,12) "
            + "aux:pass(14,13) root(0,14) punct(14,15)",
        "nsubj(2,1) nummod(4,3) obj(2,4) punct(2,5) cc(9,6) det(8,7) nsubj(9,8) conj:and(2,9) amod(10,11) aux(14,12) aux:pass(14,13) punct(14,15) "
            + "root(0,2) ccomp(9,14) nsubj:pass(14,10)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    PROSECUTED.assertLeavesAlone(REPAIR,
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) punct(2,5) cc(9,6) det(8,7) nsubj(9,8) conj:and(2,9) ccomp(9,14) nsubj:pass(14,10) amod(10,11) "
            + "aux(14,12) aux:pass(14,13) punct(2,15)");
  }
}
