package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PairSubjectReadAsObjectTest {
  private static final ParseRepair REPAIR = new PairSubjectReadAsObject();
  // "Hasan telephoned his counterpart Sugiono and the two agreed to reconvene the committee next month."
  private static final HandParse CALL = HandParse.of("Hasan/Hasan/NNP/PERSON telephoned/telephone/VBD his/his/PRP$ counterpart/counterpart/NN "
      + "Sugiono/Sugiono/NNP/PERSON and/and/CC the/the/DT two/two/CD agreed/agree/VBD to/to/TO reconvene/reconvene/VB the/the/DT committee/committee/NN "
      + "next/next/JJ month/month/NN ././.");

  @Test
  void thePairAndTheSecondVerbReadAsObjectsAreAJoinedClause() {
    CALL.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) appos(4,5) cc(8,6) det(8,7) obj(2,8) conj:and(4,8) obj(2,9) mark(11,10) advcl:to(2,11) "
            + "det(13,12) obj(11,13) amod(15,14) obl:tmod(11,15) punct(2,16)",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) appos(4,5) det(8,7) mark(11,10) xcomp(9,11) det(13,12) obj(11,13) amod(15,14) obl:tmod(11,15) "
            + "punct(2,16) conj:and(2,9) cc(9,6) nsubj(9,8)");
  }

  @Test
  void aJoinedClauseParsedRightIsLeftAlone() {
    CALL.assertLeavesAlone(REPAIR,
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) appos(4,5) cc(9,6) det(8,7) nsubj(9,8) conj:and(2,9) mark(11,10) xcomp(9,11) det(13,12) obj(11,13) "
            + "amod(15,14) obl:tmod(11,15) punct(2,16)");
  }
}
