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

  @Test
  void aProgressiveVerbJoinedToAPassiveOneIsActive() {
    // "India said it was committed to the project and was seeking an exemption."
    HandParse.of("India/India/NNP said/say/VBD it/it/PRP was/be/VBD committed/commit/VBN to/to/IN the/the/DT project/project/NN and/and/CC was/be/VBD "
            + "seeking/seek/VBG an/a/DT exemption/exemption/NN ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) nsubj:pass(5,3) nsubj:pass(11,3) aux:pass(5,4) ccomp(2,5) case(8,6) det(8,7) obl:to(5,8) cc(11,9) aux(11,10) conj:and(5,11) det(13,12) obj(11,13) punct(2,14)",
            "nsubj(2,1) root(0,2) nsubj:pass(5,3) nsubj(11,3) aux:pass(5,4) ccomp(2,5) case(8,6) det(8,7) obl:to(5,8) cc(11,9) aux(11,10) conj:and(5,11) det(13,12) obj(11,13) punct(2,14)");
  }

  @Test
  void aProgressivePassiveStaysPassive() {
    // "India said it was committed and was being watched."
    HandParse.of("India/India/NNP said/say/VBD it/it/PRP was/be/VBD committed/commit/VBN and/and/CC was/be/VBD being/be/VBG watched/watch/VBN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj:pass(5,3) nsubj:pass(9,3) aux:pass(5,4) ccomp(2,5) cc(9,6) aux(9,7) aux:pass(9,8) conj:and(5,9) punct(2,10)");
  }
}
