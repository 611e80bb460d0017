package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class OfPhraseOfJudgmentHungOnItsSubjectTest {
  private static final ParseRepair REPAIR = new OfPhraseOfJudgmentHungOnItsSubject();
  // 'Kuwait called the incident "a violation" of its sovereignty.'
  private static final HandParse CALLED = HandParse.of("Kuwait/Kuwait/NNP/LOCATION called/call/VBD the/the/DT incident/incident/NN \"/\"/`` a/a/DT violation/violation/NN "
      + "\"/\"/'' of/of/IN its/its/PRP$ sovereignty/sovereignty/NN ././.");
  private static final String REPAIRED = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj(7,4) punct(7,5) det(7,6) xcomp(2,7) punct(7,8) case(11,9) nmod:poss(11,10) "
      + "punct(2,12) nmod:of(7,11)";

  @Test
  void anOfPhraseAfterTheJudgmentIsTheJudgments() {
    CALLED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj(7,4) punct(7,5) det(7,6) xcomp(2,7) punct(7,8) case(11,9) nmod:poss(11,10) "
        + "nmod:of(4,11) punct(2,12)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CALLED.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void anOfPhraseBeforeTheJudgmentIsLeftAlone() {
    // "Kuwait called the seizure of its ship a violation."
    HandParse.of("Kuwait/Kuwait/NNP/LOCATION called/call/VBD the/the/DT seizure/seizure/NN of/of/IN its/its/PRP$ ship/ship/NN a/a/DT violation/violation/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) nmod:poss(7,6) nmod:of(4,7) nsubj(9,4) det(9,8) xcomp(2,9) punct(2,10)");
  }
}
