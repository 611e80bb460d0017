package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JudgmentReadAsAdverbOfNamingTest {
  private static final ParseRepair REPAIR = new JudgmentReadAsAdverbOfNaming();
  // "Observers called the vote peaceful."
  private static final HandParse CALLED = HandParse.of("Observers/observer/NNS called/call/VBD the/the/DT vote/vote/NN peaceful/peaceful/JJ ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,6)";

  @Test
  void anAdjectiveAfterTheObjectOfCallingIsWhatTheObjectIsCalled() {
    CALLED.assertRepairs(REPAIR, SHARED + " advmod(2,5)", SHARED + " xcomp(2,5) nsubj:xsubj(5,4)");
  }

  @Test
  void anAdverbOfMannerIsLeftAlone() {
    // "Observers called the vote loudly." keeps its adverb.
    HandParse.of("Observers/observer/NNS called/call/VBD the/the/DT vote/vote/NN loudly/loudly/RB ././.")
        .assertLeavesAlone(REPAIR, SHARED + " advmod(2,5)");
  }
}
