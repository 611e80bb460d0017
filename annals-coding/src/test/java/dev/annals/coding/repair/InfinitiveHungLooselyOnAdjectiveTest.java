package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class InfinitiveHungLooselyOnAdjectiveTest {
  private static final ParseRepair REPAIR = new InfinitiveHungLooselyOnAdjective();
  // "Taiwan remained willing to talk to Beijing."
  private static final HandParse WILLING = HandParse.of(
      "Taiwan/Taiwan/NNP/LOCATION remained/remain/VBN willing/willing/JJ to/to/TO talk/talk/VB to/to/IN Beijing/Beijing/NNP/LOCATION ././.");

  @Test
  void theLooseInfinitiveIsTheAdjectivesComplement() {
    WILLING.assertRepairs(REPAIR, "nsubj:pass(2,1) root(0,2) xcomp(2,3) mark(5,4) dep(3,5) case(7,6) obl:to(5,7) punct(2,8)",
        "nsubj:pass(2,1) root(0,2) xcomp(2,3) mark(5,4) xcomp(3,5) case(7,6) obl:to(5,7) punct(2,8)");
  }

  @Test
  void aVerbNotRightAfterItsToIsLeftAlone() {
    // "… willing, officials said, to talk": not the adjective's own infinitive by position.
    WILLING.assertLeavesAlone(REPAIR, "nsubj:pass(2,1) root(0,2) xcomp(2,3) mark(5,4) dep(2,5) case(7,6) obl:to(5,7) punct(2,8)");
  }
}
