package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class WithPhraseReadAsSubjectOfInfinitiveTest {
  private static final ParseRepair REPAIR = new WithPhraseReadAsSubjectOfInfinitive();

  @Test
  void withAPartnerBeforeAnInfinitiveIsWhomTheVerbAgreedWith() {
    // "Strommer agreed with his counterpart to set up a unit."
    HandParse.of("Strommer/Strommer/NNP/PERSON agreed/agree/VBD with/with/IN his/his/PRP$ counterpart/counterpart/NN to/to/TO set/set/VB up/up/RP "
        + "a/a/DT unit/unit/NN ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) mark(7,3) nmod:poss(5,4) nsubj(7,5) mark(7,6) advcl:to(2,7) compound:prt(7,8) det(10,9) obj(7,10) punct(2,11)",
            "nsubj(2,1) root(0,2) case(5,3) nmod:poss(5,4) obl:with(2,5) mark(7,6) xcomp(2,7) compound:prt(7,8) det(10,9) obj(7,10) punct(2,11)");
  }

  @Test
  void anAbsoluteWithBeforeItsVerbIsLeftAlone() {
    // "With talks to resume, Strommer agreed.": the "with" clause comes first.
    HandParse.of("With/with/IN talks/talk/NNS to/to/TO resume/resume/VB ,/,/, Strommer/Strommer/NNP/PERSON agreed/agree/VBD ././.")
        .assertLeavesAlone(REPAIR, "mark(4,1) nsubj(4,2) mark(4,3) advcl:to(7,4) punct(7,5) nsubj(7,6) root(0,7) punct(7,8)");
  }

  @Test
  void aPhraseOfAPrepositionThatOpensNoClauseGoesBackToAnyVerb() {
    // "Chad vowed on television to crush the rebels."
    HandParse.of("Chad/Chad/NNP/LOCATION vowed/vow/VBD on/on/IN television/television/NN to/to/TO crush/crush/VB the/the/DT rebels/rebel/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) mark(6,5) advcl:to(2,6) det(8,7) obj(6,8) punct(2,9)",
            "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(6,5) xcomp(2,6) det(8,7) obj(6,8) punct(2,9)");
  }
}
