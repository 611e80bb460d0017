package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DayHungOnJudgmentOfObjectTest {
  private static final ParseRepair REPAIR = new DayHungOnJudgmentOfObject();

  @Test
  void theDayOfAJudgmentOfTheObjectIsTheActsOnIt() {
    // "Peru rejected the ruling as biased on Monday."
    HandParse.of("Peru/Peru/NNP/LOCATION rejected/reject/VBD the/the/DT ruling/ruling/NN as/as/IN biased/biased/VBN on/on/IN Monday/Monday/NNP ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) acl:as(4,6) case(8,7) obl:on(6,8) punct(2,9)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) acl:as(4,6) case(8,7) obl:on(2,8) punct(2,9)");
  }

  @Test
  void aDayOfAnotherModifierOfTheObjectIsLeftAlone() {
    // "Peru rejected the ruling issued on Monday.": the ruling has a day of its own.
    HandParse.of("Peru/Peru/NNP/LOCATION rejected/reject/VBD the/the/DT ruling/ruling/NN issued/issue/VBN on/on/IN Monday/Monday/NNP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) acl(4,5) case(7,6) obl:on(5,7) punct(2,8)");
  }
}
