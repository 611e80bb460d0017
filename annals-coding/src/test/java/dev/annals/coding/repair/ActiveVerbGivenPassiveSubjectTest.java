package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ActiveVerbGivenPassiveSubjectTest {
  private static final ParseRepair REPAIR = new ActiveVerbGivenPassiveSubject();
  // "The ministry said the men had been freed and thanked Qatar."
  private static final HandParse THANKED = HandParse.of(
      "The/the/DT ministry/ministry/NN said/say/VBD the/the/DT men/man/NNS had/have/VBD been/be/VBN freed/free/VBN and/and/CC thanked/thank/VBD Qatar/Qatar/NNP ././.");
  private static final String THANKED_REPAIRED =
      "det(2,1) nsubj(3,2) nsubj(10,2) root(0,3) det(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) ccomp(3,8) cc(10,9) conj:and(3,10) obj(10,11) punct(3,12)";

  @Test
  void theSharedSubjectOfAnActiveVerbIsItsSubject() {
    THANKED.assertRepairs(REPAIR,
        "det(2,1) nsubj(3,2) nsubj:pass(10,2) root(0,3) det(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) ccomp(3,8) cc(10,9) ccomp(3,10) conj:and(3,10) obj(10,11) punct(3,12)",
        THANKED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    THANKED.assertLeavesAlone(REPAIR, THANKED_REPAIRED);
  }
}
