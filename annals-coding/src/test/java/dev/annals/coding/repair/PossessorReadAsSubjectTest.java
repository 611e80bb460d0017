package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PossessorReadAsSubjectTest {
  private static final ParseRepair REPAIR = new PossessorReadAsSubject();
  // "Korea's navy and coast guard began drills."
  private static final HandParse BEGAN = HandParse.of(
      "Korea/Korea/NNP/LOCATION 's/'s/POS navy/navy/NN and/and/CC coast/coast/NN guard/guard/NN began/begin/VBD drills/drill/NNS ././.");
  private static final String BEGAN_REPAIRED =
      "case(1,2) nsubj(7,3) cc(6,4) compound(6,5) nsubj(7,6) conj:and(3,6) root(0,7) obj(7,8) punct(7,9) nmod:poss(3,1)";

  @Test
  void aPossessorBesideTheSubjectItOwnsIsNoSubject() {
    BEGAN.assertRepairs(REPAIR, "nsubj(7,1) case(1,2) nsubj(7,3) cc(6,4) compound(6,5) nsubj(7,6) conj:and(3,6) root(0,7) obj(7,8) punct(7,9)", BEGAN_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    BEGAN.assertLeavesAlone(REPAIR, BEGAN_REPAIRED);
  }
}
