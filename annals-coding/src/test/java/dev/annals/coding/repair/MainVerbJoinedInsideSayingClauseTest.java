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
  void aVerbJoinedToAPassiveSaidClauseIsTheMainVerbsSecondAct() {
    // "Zagreb rejected the note, saying the hotels were connected, and accused Slovenia.", "accused"
    // tagged as a participle, as after a passive.
    HandParse.of("Zagreb/Zagreb/NNP/LOCATION rejected/reject/VBD the/the/DT note/note/NN ,/,/, saying/say/VBG the/the/DT hotels/hotel/NNS were/be/VBD "
            + "connected/connect/VBN ,/,/, and/and/CC accused/accuse/VBN Slovenia/Slovenia/NNP/LOCATION ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) mark(10,6) det(8,7) nsubj:pass(10,8) nsubj:pass(13,8) aux:pass(10,9) advcl:saying(2,10) "
                + "punct(10,11) cc(13,12) advcl:saying(2,13) conj:and(10,13) obj(13,14) punct(2,15)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) mark(10,6) det(8,7) nsubj:pass(10,8) aux:pass(10,9) advcl:saying(2,10) "
                + "punct(10,11) cc(13,12) conj:and(2,13) obj(13,14) punct(2,15) nsubj(13,1)");
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

  // "Venezuela's ministry rejected the accusation, saying Caracas had itself dismantled the gang's base in 2023, and demanded that Quito respect the rights of migrants."
  private static final HandParse LOOSE_SAYING = HandParse.of("Venezuela/Venezuela/NNP/LOCATION 's/'s/POS ministry/ministry/NN rejected/reject/VBD the/the/DT "
      + "accusation/accusation/NN ,/,/, saying/say/VBG Caracas/Caracas/NNP/LOCATION had/have/VBD itself/itself/PRP dismantled/dismantle/VBN the/the/DT "
      + "gang/gang/NN 's/'s/POS base/base/NN in/in/IN 2023/2023/CD ,/,/, and/and/CC demanded/demand/VBD that/that/IN Quito/Quito/NNP/LOCATION "
      + "respect/respect/VB the/the/DT rights/right/NNS of/of/IN migrants/migrant/NNS ././.");
  private static final String LOOSE_COMMON = "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7) dep(4,8) nsubj(12,9) aux(12,10) "
      + "nsubj(12,11) ccomp(8,12) det(14,13) nmod:poss(16,14) case(14,15) obj(12,16) case(18,17) obl:in(12,18) punct(4,19) cc(21,20) mark(24,22) nsubj(24,23) "
      + "ccomp(21,24) det(26,25) obj(24,26) case(28,27) nmod:of(26,28) punct(4,29) ";

  @Test
  void aVerbJoinedInsideTheClauseOfALooseSayingParticipleIsTheMainVerbs() {
    LOOSE_SAYING.assertRepairs(REPAIR, LOOSE_COMMON + "nsubj(21,11) dep(8,21) conj:and(12,21)", LOOSE_COMMON + "conj:and(4,21) nsubj(21,3)");
  }
}
