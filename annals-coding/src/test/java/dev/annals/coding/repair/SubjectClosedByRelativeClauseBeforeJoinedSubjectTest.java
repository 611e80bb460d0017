package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SubjectClosedByRelativeClauseBeforeJoinedSubjectTest {
  private static final ParseRepair REPAIR = new SubjectClosedByRelativeClauseBeforeJoinedSubject();
  // "Orpo, who flew in, and his counterpart signed a declaration."
  private static final HandParse SIGNED = HandParse.of("Orpo/Orpo/NNP/PERSON ,/,/, who/who/WP flew/fly/VBD in/in/RP ,/,/, and/and/CC his/his/PRP$ "
      + "counterpart/counterpart/NN signed/sign/VBD a/a/DT declaration/declaration/NN ././.");

  @Test
  void theVerbAfterTheJoinedSubjectIsTheSentencesWithBothSubjects() {
    SIGNED.assertRepairs(REPAIR,
        "root(0,1) punct(1,2) ref(1,3) nsubj(4,1) acl:relcl(1,4) advmod(4,5) punct(1,6) cc(10,7) nmod:poss(9,8) nsubj(10,9) acl:relcl(1,10) conj:and(4,10) "
            + "det(12,11) obj(10,12) punct(1,13)",
        "root(0,10) punct(1,2) ref(1,3) nsubj(4,1) acl:relcl(1,4) advmod(4,5) punct(1,6) cc(9,7) nmod:poss(9,8) nsubj(10,9) "
            + "det(12,11) obj(10,12) punct(1,13) nsubj(10,1) conj:and(1,9)");
  }

  @Test
  void aSentenceWithAVerbForItsRootIsLeftAlone() {
    SIGNED.assertLeavesAlone(REPAIR,
        "nsubj(10,1) punct(1,2) ref(1,3) nsubj(4,1) acl:relcl(1,4) advmod(4,5) punct(1,6) cc(9,7) nmod:poss(9,8) nsubj(10,9) conj:and(1,9) root(0,10) "
            + "det(12,11) obj(10,12) punct(10,13)");
  }
}
