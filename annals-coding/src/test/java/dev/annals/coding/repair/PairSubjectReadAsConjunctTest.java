package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PairSubjectReadAsConjunctTest {
  private static final ParseRepair REPAIR = new PairSubjectReadAsConjunct();
  // "Albusaidi spoke with his counterpart, Zayed, and the two agreed to settle the matter, the ministry said."
  private static final HandParse CALL = HandParse.of("Albusaidi/Albusaidi/NNP/PERSON spoke/speak/VBD with/with/IN his/his/PRP$ counterpart/counterpart/NN "
      + ",/,/, Zayed/Zayed/NNP/PERSON ,/,/, and/and/CC the/the/DT two/two/CD agreed/agree/VBD to/to/TO settle/settle/VB the/the/DT matter/matter/NN "
      + ",/,/, the/the/DT ministry/ministry/NN said/say/VBD ././.");
  // The same words without the closing attribution.
  private static final HandParse CALL_ALONE = HandParse.of("Albusaidi/Albusaidi/NNP/PERSON spoke/speak/VBD with/with/IN his/his/PRP$ counterpart/counterpart/NN "
      + ",/,/, Zayed/Zayed/NNP/PERSON ,/,/, and/and/CC the/the/DT two/two/CD agreed/agree/VBD to/to/TO settle/settle/VB the/the/DT matter/matter/NN ././.");

  @Test
  void thePairReadAsACompanionAndTheVerbAsWhatTheAttributionSaysAreAJoinedClause() {
    CALL.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) case(5,3) nmod:poss(5,4) obl:with(2,5) punct(5,6) appos(5,7) punct(5,8) cc(11,9) det(11,10) obl:with(2,11) conj:and(5,11) "
            + "obj(20,12) mark(14,13) advcl:to(20,14) det(16,15) obj(14,16) punct(20,17) det(19,18) nsubj(20,19) acl:relcl(11,20) punct(2,21)",
        "nsubj(2,1) root(0,2) case(5,3) nmod:poss(5,4) obl:with(2,5) punct(5,6) appos(5,7) punct(5,8) det(11,10) mark(14,13) xcomp(12,14) det(16,15) obj(14,16) "
            + "punct(20,17) det(19,18) nsubj(20,19) punct(2,21) conj:and(2,12) cc(12,9) nsubj(12,11) parataxis(2,20)");
  }

  @Test
  void thePairReadAsACompanionWithTheVerbAsItsClauseIsMendedToo() {
    CALL_ALONE.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) case(5,3) nmod:poss(5,4) obl:with(2,5) punct(5,6) appos(5,7) punct(5,8) cc(11,9) det(11,10) obl:with(2,11) conj:and(5,11) "
            + "acl(11,12) mark(14,13) xcomp(12,14) det(16,15) obj(14,16) punct(2,17)",
        "nsubj(2,1) root(0,2) case(5,3) nmod:poss(5,4) obl:with(2,5) punct(5,6) appos(5,7) punct(5,8) det(11,10) mark(14,13) xcomp(12,14) det(16,15) obj(14,16) "
            + "punct(2,17) conj:and(2,12) cc(12,9) nsubj(12,11)");
  }

  @Test
  void aJoinedClauseParsedRightIsLeftAlone() {
    CALL_ALONE.assertLeavesAlone(REPAIR,
        "nsubj(2,1) root(0,2) case(5,3) nmod:poss(5,4) obl:with(2,5) punct(5,6) appos(5,7) punct(5,8) cc(12,9) det(11,10) nsubj(12,11) conj:and(2,12) "
            + "mark(14,13) xcomp(12,14) det(16,15) obj(14,16) punct(2,17)");
  }
}
