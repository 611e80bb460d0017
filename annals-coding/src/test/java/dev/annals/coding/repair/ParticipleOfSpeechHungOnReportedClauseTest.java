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
}
