package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JudgedThingReadAsAdjectiveTest {
  private static final ParseRepair REPAIR = new JudgedThingReadAsAdjective();
  // "Cuba called the advisory exaggerated."
  private static final HandParse CALLED = HandParse.of("Cuba/Cuba/NNP/LOCATION called/call/VBD the/the/DT advisory/advisory/JJ exaggerated/exaggerated/JJ ././.");
  private static final String REPAIRED = "nsubj(2,1) root(0,2) punct(2,6) obj(2,4) det(4,3) xcomp(2,5) nsubj:xsubj(5,4)";

  @Test
  void theThingTaggedAnAdjectiveBeforeTheJudgmentIsWhatIsCalledSo() {
    CALLED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CALLED.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void anAdjectiveObjectOfAnotherVerbIsLeftAlone() {
    // "Cuba preferred the old red."
    HandParse.of("Cuba/Cuba/NNP/LOCATION preferred/prefer/VBD the/the/DT old/old/JJ red/red/JJ ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)");
  }
}
