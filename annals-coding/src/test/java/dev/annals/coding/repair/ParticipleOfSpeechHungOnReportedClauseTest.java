package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ParticipleOfSpeechHungOnReportedClauseTest {
  private static final ParseRepair REPAIR = new ParticipleOfSpeechHungOnReportedClause();
  // "Mali denied that the attackers had come from its soil, accusing Niger."
  private static final HandParse DENIED = HandParse.of("Mali/Mali/NNP/LOCATION denied/deny/VBD that/that/IN the/the/DT attackers/attacker/NNS had/have/VBD "
      + "come/come/VBN from/from/IN its/its/PRP$ soil/soil/NN ,/,/, accusing/accuse/VBG Niger/Niger/NNP/LOCATION ././.");
  private static final String CLAUSE = "nsubj(2,1) root(0,2) mark(7,3) det(5,4) nsubj(7,5) aux(7,6) ccomp(2,7) case(10,8) nmod:poss(10,9) obl:from(7,10) "
      + "punct(7,11) obj(12,13) punct(2,14)";

  @Test
  void theParticipleOfSpeechIsTheSpeakers() {
    DENIED.assertRepairs(REPAIR, CLAUSE + " dep(7,12)", CLAUSE + " advcl(2,12)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    DENIED.assertLeavesAlone(REPAIR, CLAUSE + " advcl(2,12)");
  }

  @Test
  void aParticipleOfDoingStaysInTheReportedClause() {
    // "Mali said that the attackers had come from its soil, killing Nigeriens."
    HandParse.of("Mali/Mali/NNP/LOCATION said/say/VBD that/that/IN the/the/DT attackers/attacker/NNS had/have/VBD "
        + "come/come/VBN from/from/IN its/its/PRP$ soil/soil/NN ,/,/, killing/kill/VBG Nigeriens/Nigeriens/NNPS/MISC ././.")
        .assertLeavesAlone(REPAIR, CLAUSE + " dep(7,12)");
  }

  @Test
  void aParticipleHungOnAClauseDeepInsideWhatWasSaidIsTheSpeakers() {
    // "Peru said it would stop buying gas until Chile paid the money it owed, accusing Chile of fraud."
    HandParse.of("Peru/Peru/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD stop/stop/VB buying/buy/VBG gas/gas/NN until/until/IN Chile/Chile/NNP/LOCATION "
            + "paid/pay/VBD the/the/DT money/money/NN it/it/PRP owed/owe/VBD ,/,/, accusing/accuse/VBG Chile/Chile/NNP/LOCATION of/of/IN fraud/fraud/NN ././.")
        .assertRepairs(new ParticipleOfSpeechHungOnReportedClause(),
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) xcomp(5,6) obj(6,7) mark(10,8) nsubj(10,9) advcl:until(6,10) det(12,11) obj(10,12) "
                + "nsubj(14,13) acl:relcl(12,14) punct(16,15) dep(14,16) obj(16,17) case(19,18) obl:of(16,19) punct(2,20)",
            "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) xcomp(5,6) obj(6,7) mark(10,8) nsubj(10,9) advcl:until(6,10) det(12,11) obj(10,12) "
                + "nsubj(14,13) acl:relcl(12,14) punct(16,15) advcl(2,16) obj(16,17) case(19,18) obl:of(16,19) punct(2,20)");
  }

  @Test
  void aParticipleAfterAPlainReportedClauseIsLeftToIt() {
    // "Peru said Chile paid the money, accusing Lima of fraud." (no "that", nothing subordinate)
    HandParse.of("Peru/Peru/NNP/LOCATION said/say/VBD Chile/Chile/NNP/LOCATION paid/pay/VBD the/the/DT money/money/NN ,/,/, accusing/accuse/VBG "
            + "Lima/Lima/NNP/LOCATION of/of/IN fraud/fraud/NN ././.")
        .assertLeavesAlone(new ParticipleOfSpeechHungOnReportedClause(),
            "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) punct(8,7) dep(4,8) obj(8,9) case(11,10) obl:of(8,11) punct(2,12)");
  }

  @Test
  void aParticipleBelowASayingInARelativeClauseIsLeftAlone() {
    // "Peru paid a firm that said it lost after it built a road, saying it was bad.": the firm's
    // saying is no speaker of the sentence's close.
    HandParse.of("Peru/Peru/NNP/LOCATION paid/pay/VBD a/a/DT firm/firm/NN that/that/WDT said/say/VBD it/it/PRP lost/lose/VBD after/after/IN it/it/PRP "
            + "built/build/VBD a/a/DT road/road/NN ,/,/, saying/say/VBG it/it/PRP was/be/VBD bad/bad/JJ ././.")
        .assertLeavesAlone(new ParticipleOfSpeechHungOnReportedClause(),
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj(6,4) ref(4,5) acl:relcl(4,6) nsubj(8,7) ccomp(6,8) mark(11,9) nsubj(11,10) advcl:after(8,11) "
                + "det(13,12) obj(11,13) punct(15,14) dep(11,15) nsubj(18,16) cop(18,17) ccomp(15,18) punct(2,19)");
  }
}
