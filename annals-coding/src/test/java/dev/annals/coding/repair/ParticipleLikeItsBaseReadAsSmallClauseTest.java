package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ParticipleLikeItsBaseReadAsSmallClauseTest {
  private static final ParseRepair REPAIR = new ParticipleLikeItsBaseReadAsSmallClause();
  // "It had suspended a joint observatory run with China."
  private static final HandParse SUSPENDED = HandParse.of(
      "It/it/PRP had/have/VBD suspended/suspend/VBN a/a/DT joint/joint/JJ observatory/observatory/NN run/run/VB with/with/IN China/China/NNP/LOCATION ././.");
  private static final String SUSPENDED_REPAIRED = "nsubj(3,1) aux(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) acl(6,7) case(9,8) obl:with(7,9) punct(3,10)";

  @Test
  void theThingIsTheObjectAndTheBareVerbItsParticiple() {
    SUSPENDED.assertRepairs(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) det(6,4) amod(6,5) nsubj(7,6) ccomp(3,7) case(9,8) obl:with(7,9) punct(3,10)",
        SUSPENDED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SUSPENDED.assertLeavesAlone(REPAIR, SUSPENDED_REPAIRED);
  }

  @Test
  void aBareInfinitiveAfterMakeStays() {
    // "They made the plant run again."
    HandParse made = HandParse.of("They/they/PRP made/make/VBD the/the/DT plant/plant/NN run/run/VB again/again/RB ././.");
    made.assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) ccomp(2,5) advmod(5,6) punct(2,7)");
  }
}
