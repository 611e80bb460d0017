package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbJoinedToReportedJudgmentTest {
  private static final ParseRepair REPAIR = new MainVerbJoinedToReportedJudgment();
  // "South Africa's transport department said the dispute was commercial, not political, and invited Nigerian officials to talks in Pretoria next week."
  private static final HandParse INVITED = HandParse.of(
      "South/South/NNP/LOCATION Africa/Africa/NNP/LOCATION 's/'s/POS transport/transport/NN department/department/NN said/say/VBD the/the/DT dispute/dispute/NN "
          + "was/be/VBD commercial/commercial/JJ ,/,/, not/not/RB political/political/JJ ,/,/, and/and/CC invited/invite/VBD Nigerian/Nigerian/JJ "
          + "officials/official/NNS to/to/IN talks/talk/NNS in/in/IN Pretoria/Pretoria/NNP/LOCATION next/next/JJ week/week/NN ././.");
  private static final String INVITED_REPAIRED = "compound(2,1) nmod:poss(5,2) case(2,3) compound(5,4) nsubj(6,5) nsubj(16,5) root(0,6) det(8,7) nsubj(10,8) "
      + "cop(10,9) ccomp(6,10) punct(10,11) advmod(13,12) dep(10,13) punct(10,14) cc(16,15) conj:and(6,16) amod(18,17) obj(16,18) case(20,19) obl:to(16,20) "
      + "case(22,21) nmod:in(20,22) amod(24,23) obl:tmod(16,24) punct(6,25)";

  @Test
  void aVerbAfterCommaAndJoinedToAReportedJudgmentIsTheSpeakersSecondAct() {
    INVITED.assertRepairs(REPAIR, "compound(2,1) nmod:poss(5,2) case(2,3) compound(5,4) nsubj(6,5) root(0,6) det(8,7) nsubj(10,8) nsubj(16,8) cop(10,9) "
        + "ccomp(6,10) punct(10,11) advmod(13,12) dep(10,13) punct(10,14) cc(16,15) ccomp(6,16) conj:and(10,16) amod(18,17) obj(16,18) case(20,19) "
        + "obl:to(16,20) case(22,21) nmod:in(20,22) amod(24,23) obl:tmod(16,24) punct(6,25)", INVITED_REPAIRED);
  }

  @Test
  void aJoinedVerbWithNoCommaBeforeItStaysInWhatWasSaid() {
    // "The ministry said the dispute was commercial and involved airlines.": the dispute involves them.
    HandParse.of("The/the/DT ministry/ministry/NN said/say/VBD the/the/DT dispute/dispute/NN was/be/VBD commercial/commercial/JJ and/and/CC "
            + "involved/involve/VBD airlines/airline/NNS ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(7,5) nsubj(9,5) cop(7,6) ccomp(3,7) cc(9,8) conj:and(7,9) ccomp(3,9) "
            + "obj(9,10) punct(3,11)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    INVITED.assertLeavesAlone(REPAIR, INVITED_REPAIRED);
  }

  @Test
  void aVerbOfSpeakingToSomeoneAfterAJudgmentOfAThingIsTheSpeakers() {
    // "The front said the port was illegal and urged Peru to withdraw": a port urges no one.
    HandParse.of("The/the/DT front/front/NN said/say/VBD the/the/DT port/port/NN was/be/VBD illegal/illegal/JJ and/and/CC "
            + "urged/urge/VBD Peru/Peru/NNP/LOCATION to/to/TO withdraw/withdraw/VB ././.")
        .assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(7,5) nsubj(9,5) cop(7,6) ccomp(3,7) cc(9,8) conj:and(7,9) ccomp(3,9) "
                + "obj(9,10) mark(12,11) xcomp(9,12) punct(3,13)",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(7,5) nsubj(9,2) cop(7,6) ccomp(3,7) cc(9,8) conj:and(3,9) "
                + "obj(9,10) mark(12,11) xcomp(9,12) punct(3,13)");
  }
}
