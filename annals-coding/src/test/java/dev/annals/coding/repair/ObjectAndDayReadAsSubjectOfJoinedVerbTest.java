package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectAndDayReadAsSubjectOfJoinedVerbTest {
  private static final ParseRepair REPAIR = new ObjectAndDayReadAsSubjectOfJoinedVerb();
  // "Chile welcomed the rescue and on Saturday sent a team."
  private static final HandParse WELCOMED = HandParse.of(
      "Chile/Chile/NNP/LOCATION welcomed/welcome/VBD the/the/DT rescue/rescue/NN and/and/CC on/on/IN Saturday/Saturday/NNP sent/send/VBD a/a/DT team/team/NN ././.");
  private static final String WELCOMED_REPAIRED =
      "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(8,5) case(7,6) obl:on(8,7) conj:and(2,8) det(10,9) obj(8,10) punct(2,11)";

  @Test
  void theNounIsTheFirstVerbsObjectAndTheDayTheSecondVerbsTime() {
    WELCOMED.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) nsubj(8,4) cc(7,5) case(7,6) conj:and(4,7) nsubj(8,7) ccomp(2,8) det(10,9) obj(8,10) punct(2,11)", WELCOMED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    WELCOMED.assertLeavesAlone(REPAIR, WELCOMED_REPAIRED);
  }

  @Test
  void aSubjectThatIsNoDayStays() {
    // "Chile said the navy and the army sent a team."
    HandParse.of("Chile/Chile/NNP/LOCATION said/say/VBD the/the/DT navy/navy/NN and/and/CC the/the/DT army/army/NN sent/send/VBD a/a/DT team/team/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj(8,4) cc(7,5) det(7,6) conj:and(4,7) nsubj(8,7) ccomp(2,8) det(10,9) obj(8,10) punct(2,11)");
  }
}
