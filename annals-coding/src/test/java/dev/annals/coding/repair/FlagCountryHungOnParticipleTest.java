package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class FlagCountryHungOnParticipleTest {
  private static final ParseRepair REPAIR = new FlagCountryHungOnParticiple();

  @Test
  void theCountryOfAFlagGoesOnTheVessel() {
    // "Pirates hijacked a Maltese-flagged carrier ."
    HandParse.of("Pirates/pirate/NNS hijacked/hijack/VBD a/a/DT Maltese/Maltese/JJ -/-/HYPH flagged/flag/VBN carrier/carrier/NN ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(7,3) dep(6,4) punct(6,5) amod(7,6) obj(2,7) punct(2,8)",
            "nsubj(2,1) root(0,2) det(7,3) punct(6,5) amod(7,6) obj(2,7) punct(2,8) amod(7,4)");
  }

  @Test
  void aLeaderOfACoalitionIsLeftAlone() {
    // "a Saudi-led coalition": "led" tells who leads, read elsewhere.
    HandParse.of("a/a/DT Saudi/Saudi/JJ -/-/HYPH led/lead/VBN coalition/coalition/NN ././.")
        .assertLeavesAlone(REPAIR, "det(5,1) dep(4,2) punct(4,3) amod(5,4) root(0,5) punct(5,6)");
  }
}
