package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativeClauseHungOnSpanTest {
  private static final ParseRepair REPAIR = new RelativeClauseHungOnSpan();
  // "Norway hosted three days of talks that ended on Friday."
  private static final HandParse HOSTED = HandParse.of("Norway/Norway/NNP/LOCATION hosted/host/VBD three/three/CD days/day/NNS of/of/IN "
      + "talks/talk/NNS that/that/WDT ended/end/VBD on/on/IN Friday/Friday/NNP ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(6,5) nmod:of(4,6) case(10,9) obl:on(8,10) punct(2,11)";

  @Test
  void theClauseOnTheSpanIsTheEventsClause() {
    HOSTED.assertRepairs(REPAIR, SHARED + " ref(4,7) acl:relcl(4,8) nsubj(8,4)", SHARED + " ref(6,7) acl:relcl(6,8) nsubj(8,6)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    HOSTED.assertLeavesAlone(REPAIR, SHARED + " ref(6,7) acl:relcl(6,8) nsubj(8,6)");
  }
}
