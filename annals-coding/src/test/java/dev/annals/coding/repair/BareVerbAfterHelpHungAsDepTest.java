package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class BareVerbAfterHelpHungAsDepTest {
  private static final ParseRepair REPAIR = new BareVerbAfterHelpHungAsDep();
  // "India offered to help train Malian forces ."
  private static final HandParse OFFER = HandParse.of("India/India/NNP/LOCATION offered/offer/VBD to/to/TO help/help/VB train/train/VB "
      + "Malian/Malian/JJ forces/force/NNS ././.");
  private static final String REST = "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) amod(7,6) obj(5,7) punct(2,8)";

  @Test
  void theBareVerbHungOnHelpAsDepIsItsComplement() {
    OFFER.assertRepairs(REPAIR, "dep(4,5) " + REST, "xcomp(4,5) " + REST);
  }

  @Test
  void aVerbNotRightAfterHelpOrNotBareIsLeftAlone() {
    OFFER.assertLeavesAlone(REPAIR, "xcomp(4,5) " + REST);
    // "India offered help , trained forces .": "trained" is no bare verb.
    HandParse.of("India/India/NNP/LOCATION offered/offer/VBD help/help/NN trained/train/VBD forces/force/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) dep(3,4) obj(4,5) punct(2,6)");
  }
}
