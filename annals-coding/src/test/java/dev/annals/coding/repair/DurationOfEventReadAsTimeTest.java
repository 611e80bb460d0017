package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DurationOfEventReadAsTimeTest {
  private static final ParseRepair REPAIR = new DurationOfEventReadAsTime();
  // "Norway hosted three days of talks in Oslo."
  private static final HandParse HOSTED = HandParse.of("Norway/Norway/NNP/LOCATION hosted/host/VBD three/three/CD days/day/NNS of/of/IN "
      + "talks/talk/NNS in/in/IN Oslo/Oslo/NNP/LOCATION ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) nummod(4,3) case(6,5) nmod:of(4,6) case(8,7) nmod:in(6,8) punct(2,9)";

  @Test
  void aSpanOfTalksIsWhatWasHosted() {
    HOSTED.assertRepairs(REPAIR, SHARED + " obl:tmod(2,4)", SHARED + " obj(2,4)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    HOSTED.assertLeavesAlone(REPAIR, SHARED + " obj(2,4)");
  }
}
