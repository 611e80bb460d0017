package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SecondClauseHungOnClosingAttributionTest {
  private static final ParseRepair REPAIR = new SecondClauseHungOnClosingAttribution();
  // "Malta's prime minister spoke by telephone with his Libyan counterpart on Sunday evening, and the two agreed to reopen talks on their maritime boundary, his office said."
  private static final HandParse SPOKE = HandParse.of(
      "Malta/Malta/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN spoke/speak/VBD by/by/IN telephone/telephone/NN with/with/IN his/his/PRP$ "
          + "Libyan/Libyan/JJ counterpart/counterpart/NN on/on/IN Sunday/Sunday/NNP evening/evening/NN ,/,/, and/and/CC the/the/DT two/two/CD agreed/agree/VBD "
          + "to/to/TO reopen/reopen/VB talks/talk/NNS on/on/IN their/their/PRP$ maritime/maritime/JJ boundary/boundary/NN ,/,/, his/his/PRP$ office/office/NN "
          + "said/say/VBD ././.");
  private static final String START = "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) case(7,6) obl:by(5,7) case(11,8) nmod:poss(11,9) amod(11,10) "
      + "obl:with(5,11) case(14,12) compound(14,13) obl:on(5,14) punct(5,15) cc(19,16) det(18,17) nsubj(19,18) nsubj:xsubj(21,18) ";
  private static final String END = " mark(21,20) xcomp(19,21) obj(21,22) case(26,23) nmod:poss(26,24) amod(26,25) nmod:on(22,26) punct(30,27) nmod:poss(29,28) "
      + "nsubj(30,29) parataxis(5,30) punct(5,31)";

  @Test
  void aClauseOpenedByCommaAndIsJoinedToTheFirstNotReportedByTheClosingAttribution() {
    SPOKE.assertRepairs(REPAIR, START + "ccomp(30,19)" + END, START + "conj:and(5,19)" + END);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SPOKE.assertLeavesAlone(REPAIR, START + "conj:and(5,19)" + END);
  }
}
