package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class CompassPointHungOnObjectTest {
  private static final ParseRepair REPAIR = new CompassPointHungOnObject();
  // "Police detained 12 fishermen north of the islands on Friday."
  private static final HandParse DETAINED = HandParse.of(
      "Police/police/NNS detained/detain/VBD 12/12/CD fishermen/fisherman/NNS north/north/NN of/of/IN the/the/DT islands/island/NNS on/on/IN "
          + "Friday/Friday/NNP ././.");

  @Test
  void aCompassPointHungOnTheObjectAndItsDayHangOnTheVerb() {
    DETAINED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) dep(4,5) case(8,6) det(8,7) nmod:of(5,8) case(10,9) nmod:on(5,10) punct(2,11)",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) advmod(2,5) case(8,6) det(8,7) nmod:of(5,8) case(10,9) obl:on(2,10) punct(2,11)");
  }

  @Test
  void aCompassPointWithoutOfIsLeftAlone() {
    // "Police detained 12 fishermen north on Friday." (no "of": no place said)
    HandParse.of("Police/police/NNS detained/detain/VBD 12/12/CD fishermen/fisherman/NNS north/north/NN on/on/IN Friday/Friday/NNP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) dep(4,5) case(7,6) nmod:on(5,7) punct(2,8)");
  }
}
