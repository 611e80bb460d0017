package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class AdjectiveReadAsJoinedVerbTest {
  private static final ParseRepair REPAIR = new AdjectiveReadAsJoinedVerb();

  @Test
  void aBareVerbJoinedToAPastOneWithItsObjectRightAfterIsAnAdjective() {
    // "Police fired tear gas and live rounds at protesters."
    HandParse.of("Police/police/NNS fired/fire/VBD tear/tear/JJ gas/gas/NN and/and/CC live/live/VB rounds/round/NNS at/at/IN protesters/protester/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) nsubj(6,1) root(0,2) amod(4,3) obj(2,4) cc(6,5) conj:and(2,6) obj(6,7) case(9,8) obl:at(6,9) punct(2,10)",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) cc(7,5) conj:and(4,7) amod(7,6) case(9,8) obl:at(2,9) punct(2,10)");
  }

  @Test
  void aJoinedVerbInTheSameTenseIsLeftAlone() {
    // "Police fired tear gas and detained protesters."
    HandParse.of("Police/police/NNS fired/fire/VBD tear/tear/JJ gas/gas/NN and/and/CC detained/detain/VBD protesters/protester/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) nsubj(6,1) root(0,2) amod(4,3) obj(2,4) cc(6,5) conj:and(2,6) obj(6,7) punct(2,8)");
  }

  @Test
  void twoBareVerbsAfterAnAuxiliaryAreLeftAlone() {
    // "Police will fire tear gas and arrest protesters."
    HandParse.of("Police/police/NNS will/will/MD fire/fire/VB tear/tear/JJ gas/gas/NN and/and/CC arrest/arrest/VB protesters/protester/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(3,1) nsubj(7,1) aux(3,2) root(0,3) amod(5,4) obj(3,5) cc(7,6) conj:and(3,7) obj(7,8) punct(3,9)");
  }
}
