package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ClauseOfAnotherSubjectReadAsReportedTest {
  private static final ParseRepair REPAIR = new ClauseOfAnotherSubjectReadAsReported();
  // "Tonga said it would end the deal, and China accused Washington."
  private static final HandParse SAID = HandParse.of("Tonga/Tonga/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD end/end/VB the/the/DT deal/deal/NN "
      + ",/,/, and/and/CC China/China/NNP/LOCATION accused/accuse/VBD Washington/Washington/NNP/LOCATION ././.");
  private static final String REST = "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) punct(5,8) cc(11,9) nsubj(11,10) obj(11,12) punct(2,13)";

  @Test
  void aNamedSubjectsPlainPastAfterAModalReportIsTheReportersNextClause() {
    SAID.assertRepairs(REPAIR, REST + " ccomp(2,11) conj:and(5,11)", REST + " conj:and(2,11)");
  }

  @Test
  void aNounSubjectsPlainPastAfterAModalReportIsTheReportersNextClauseToo() {
    // "Tonga said it would end the deal, and the union accused Washington."
    HandParse.of("Tonga/Tonga/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD end/end/VB the/the/DT deal/deal/NN ,/,/, and/and/CC the/the/DT union/union/NN "
            + "accused/accuse/VBD Washington/Washington/NNP/LOCATION ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) punct(5,8) cc(12,9) det(11,10) nsubj(12,11) ccomp(2,12) conj:and(5,12) obj(12,13) punct(2,14)",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) punct(5,8) cc(12,9) det(11,10) nsubj(12,11) obj(12,13) punct(2,14) conj:and(2,12)");
  }

  @Test
  void aPronounSubjectsPastAfterAModalReportStaysReported() {
    // "Tonga said it would end the deal, and it accused Washington."
    HandParse.of("Tonga/Tonga/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD end/end/VB the/the/DT deal/deal/NN ,/,/, and/and/CC it/it/PRP "
            + "accused/accuse/VBD Washington/Washington/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) punct(5,8) cc(11,9) nsubj(11,10) ccomp(2,11) conj:and(5,11) obj(11,12) punct(2,13)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SAID.assertLeavesAlone(REPAIR, REST + " conj:and(2,11)");
  }

  @Test
  void aSecondClauseInTheSameModalFrameStaysReported() {
    // "Tonga said it would end the deal, and China would accuse Washington."
    HandParse.of("Tonga/Tonga/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD end/end/VB the/the/DT deal/deal/NN ,/,/, and/and/CC China/China/NNP/LOCATION "
        + "would/would/MD accuse/accuse/VB Washington/Washington/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) punct(5,8) cc(12,9) nsubj(12,10) aux(12,11) "
            + "ccomp(2,12) conj:and(5,12) obj(12,13) punct(2,14)");
  }

  @Test
  void aReportedPastWithoutAModalFrameStaysReported() {
    // "Tonga said it ended the deal, and China accused Washington.": both may be what Tonga said.
    HandParse.of("Tonga/Tonga/NNP/LOCATION said/say/VBD it/it/PRP ended/end/VBD the/the/DT deal/deal/NN ,/,/, and/and/CC China/China/NNP/LOCATION "
        + "accused/accuse/VBD Washington/Washington/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) punct(4,7) cc(10,8) nsubj(10,9) ccomp(2,10) conj:and(4,10) "
            + "obj(10,11) punct(2,12)");
  }
}
