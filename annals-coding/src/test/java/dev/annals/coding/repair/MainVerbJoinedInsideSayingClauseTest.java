package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbJoinedInsideSayingClauseTest {
  private static final ParseRepair REPAIR = new MainVerbJoinedInsideSayingClause();
  // "Zagreb rejected the note, saying the ruling had no effect, and accused Ljubljana."
  private static final HandParse REJECTED = HandParse.of("Zagreb/Zagreb/NNP/LOCATION rejected/reject/VBD the/the/DT note/note/NN ,/,/, saying/say/VBG "
      + "the/the/DT ruling/ruling/NN had/have/VBD no/no/DT effect/effect/NN ,/,/, and/and/CC accused/accuse/VBD Ljubljana/Ljubljana/NNP/LOCATION ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) mark(9,6) det(8,7) nsubj(9,8) advcl:saying(2,9) det(11,10) obj(9,11) "
      + "punct(9,12) cc(14,13) obj(14,15) punct(2,16)";

  @Test
  void theVerbAfterTheCommaIsTheMainVerbsSecondActWithItsSubject() {
    REJECTED.assertRepairs(REPAIR, SHARED + " nsubj(14,8) advcl:saying(2,14) conj:and(9,14)", SHARED + " nsubj(14,1) conj:and(2,14)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    REJECTED.assertLeavesAlone(REPAIR, SHARED + " nsubj(14,1) conj:and(2,14)");
  }

  @Test
  void withoutTheCommaTheJoinedVerbStaysInWhatWasSaid() {
    // "Zagreb rejected the note, saying the ruling had no effect and harmed Ljubljana."
    HandParse.of("Zagreb/Zagreb/NNP/LOCATION rejected/reject/VBD the/the/DT note/note/NN ,/,/, saying/say/VBG "
            + "the/the/DT ruling/ruling/NN had/have/VBD no/no/DT effect/effect/NN and/and/CC harmed/harm/VBD Ljubljana/Ljubljana/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) mark(9,6) det(8,7) nsubj(9,8) advcl:saying(2,9) det(11,10) obj(9,11) "
            + "cc(13,12) obj(13,14) punct(2,15) nsubj(13,8) conj:and(9,13)");
  }
}
