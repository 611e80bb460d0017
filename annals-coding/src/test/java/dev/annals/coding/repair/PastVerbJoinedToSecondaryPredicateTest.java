package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToSecondaryPredicateTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToSecondaryPredicate();

  @Test
  void aPastVerbJoinedToTheStateTheActLeftItsObjectInIsTheActorsDeed() {
    // "Troops freed the men unharmed on Monday and killed two kidnappers ."
    HandParse.of("Troops/troop/NNS freed/free/VBD the/the/DT men/man/NNS unharmed/unharmed/JJ on/on/IN Monday/Monday/NNP and/and/CC killed/kill/VBD "
            + "two/two/CD kidnappers/kidnapper/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj(5,4) nsubj(9,4) xcomp(2,5) case(7,6) obl:on(5,7) cc(9,8) xcomp(2,9) conj:and(5,9) nummod(11,10) obj(9,11) punct(2,12)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj(5,4) xcomp(2,5) case(7,6) obl:on(2,7) cc(9,8) conj:and(2,9) nummod(11,10) obj(9,11) punct(2,12) nsubj(9,1)");
  }

  @Test
  void theSmallClauseOfTheFreedIsReadTheSameWay() {
    // "Troops freed the men unharmed and killed two kidnappers ." with "the men unharmed" a small clause.
    HandParse.of("Troops/troop/NNS freed/free/VBD the/the/DT men/man/NNS unharmed/unharmed/JJ and/and/CC killed/kill/VBD two/two/CD kidnappers/kidnapper/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) nsubj(7,4) xcomp(2,5) cc(7,6) xcomp(2,7) conj:and(5,7) nummod(9,8) obj(7,9) punct(2,10)",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) xcomp(2,5) cc(7,6) conj:and(2,7) nummod(9,8) obj(7,9) punct(2,10) nsubj(7,1)");
  }

  @Test
  void anAdjectiveOfTheSubjectIsLeftAlone() {
    // "The men seemed calm and left ." : no object whose state the adjective tells.
    HandParse.of("The/the/DT men/man/NNS seemed/seem/VBD calm/calm/JJ and/and/CC left/leave/VBD ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) xcomp(3,4) cc(6,5) conj:and(4,6) nsubj(6,2) punct(3,7)");
  }
}
