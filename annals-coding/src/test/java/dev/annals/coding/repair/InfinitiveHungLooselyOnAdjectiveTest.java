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

  @Test
  void aScheduleKeepsItsLooseInfinitive() {
    // "The offer was due to expire yesterday": the expiry's time is the schedule's, as the loose reading has it.
    HandParse.of("The/the/DT offer/offer/NN was/be/VBD due/due/JJ to/to/TO expire/expire/VB yesterday/yesterday/NN ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(4,2) cop(4,3) root(0,4) mark(6,5) dep(4,6) obl:tmod(6,7) punct(4,8)");
  }
}
