package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PurposeOfContactReadAsObjectControlTest {
  private static final ParseRepair REPAIR = new PurposeOfContactReadAsObjectControl();

  @Test
  void theInfinitiveAfterAVerbOfContactIsTheCallersPurpose() {
    // "Ramaphosa telephoned Mnangagwa to offer condolences."
    HandParse.of("Ramaphosa/Ramaphosa/NNP/PERSON telephoned/telephone/VBD Mnangagwa/Mnangagwa/NNP/PERSON to/to/TO offer/offer/VB condolences/condolence/NNS ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) obj(5,6) punct(2,7)",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) obj(5,6) punct(2,7) advcl(2,5) nsubj:xsubj(5,1)");
  }

  @Test
  void anInfinitiveWithNoControllerGivenIsTheCallersPurposeToo() {
    // "The ambassador met the minister to raise the case.", with no nsubj:xsubj on "raise".
    HandParse.of("The/the/DT ambassador/ambassador/NN met/meet/VBD the/the/DT minister/minister/NN to/to/TO raise/raise/VB the/the/DT case/case/NN ././.")
        .assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) mark(7,6) xcomp(3,7) det(9,8) obj(7,9) punct(3,10)",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) mark(7,6) det(9,8) obj(7,9) punct(3,10) advcl(3,7) nsubj:xsubj(7,2)");
  }

  @Test
  void anAppealKeepsItsAddresseeAsTheOneToAct() {
    // "Kenya urged Uganda to withdraw.": urging is no contact; Uganda is to withdraw.
    HandParse.of("Kenya/Kenya/NNP/LOCATION urged/urge/VBD Uganda/Uganda/NNP/LOCATION to/to/TO withdraw/withdraw/VB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) punct(2,6)");
  }
}
