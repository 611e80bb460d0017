package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JoinedVerbAlsoReadAsReportedTest {
  private static final ParseRepair REPAIR = new JoinedVerbAlsoReadAsReported();
  // "Rama said Tirana would protest and recalled its envoy."
  private static final HandParse SAID = HandParse.of("Rama/Rama/NNP/PERSON said/say/VBD Tirana/Tirana/NNP/LOCATION would/would/MD protest/protest/VB "
      + "and/and/CC recalled/recall/VBD its/its/PRP$ envoy/envoy/NN ././.");
  private static final String REST = "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) cc(7,6) conj:and(2,7) nsubj(7,1) nmod:poss(9,8) obj(7,9) punct(2,10)";

  @Test
  void theSayersOwnJoinedActIsNotWhatHeSaid() {
    SAID.assertRepairs(REPAIR, REST + " ccomp(2,7)", REST);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SAID.assertLeavesAlone(REPAIR, REST);
  }

  @Test
  void aReportedClauseWithItsOwnSubjectStaysReported() {
    // "Rama said Tirana would protest and Belgrade recalled its envoy."
    HandParse.of("Rama/Rama/NNP/PERSON said/say/VBD Tirana/Tirana/NNP/LOCATION would/would/MD protest/protest/VB and/and/CC Belgrade/Belgrade/NNP/LOCATION "
        + "recalled/recall/VBD its/its/PRP$ envoy/envoy/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) cc(8,6) nsubj(8,7) conj:and(2,8) ccomp(2,8) nmod:poss(10,9) obj(8,10) punct(2,11)");
  }
}
