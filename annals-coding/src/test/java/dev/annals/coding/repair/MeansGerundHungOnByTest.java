package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MeansGerundHungOnByTest {
  private static final ParseRepair REPAIR = new MeansGerundHungOnBy();
  // "Iran retaliated by suspending all flights."
  private static final HandParse SUSPENDING = HandParse.of(
      "Iran/Iran/NNP/LOCATION retaliated/retaliate/VBN by/by/IN suspending/suspend/VBG all/all/DT flights/flight/NNS ././.");
  private static final String REPAIRED = "nsubj(2,1) root(0,2) det(6,5) obj(4,6) punct(2,7) advcl:by(2,4) mark(4,3)";

  @Test
  void aGerundHungOnAnAdverbialByIsTheVerbsMeans() {
    SUSPENDING.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) advmod(2,3) dep(3,4) det(6,5) obj(4,6) punct(2,7)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SUSPENDING.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void anAdverbialByBeforeNoGerundIsLeftAlone() {
    // "Iran retaliated by far the hardest."
    HandParse.of("Iran/Iran/NNP/LOCATION retaliated/retaliate/VBD by/by/IN far/far/RB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) advmod(2,3) dep(3,4) punct(2,5)");
  }
}
