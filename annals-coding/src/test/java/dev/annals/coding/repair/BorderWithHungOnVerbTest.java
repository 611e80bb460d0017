package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class BorderWithHungOnVerbTest {
  private static final ParseRepair REPAIR = new BorderWithHungOnVerb();
  // "Farmers blocked border crossings with Ukraine."
  private static final HandParse BLOCKED = HandParse.of(
      "Farmers/farmer/NNS blocked/block/VBD border/border/NN crossings/crossing/NNS with/with/IN Ukraine/Ukraine/NNP ././.");
  private static final String BLOCKED_REPAIRED = "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) punct(2,7) nmod:with(4,6)";
  // "Farmers blocked roads with tractors."
  private static final HandParse TRACTORS = HandParse.of(
      "Farmers/farmer/NNS blocked/block/VBD roads/road/NNS with/with/IN tractors/tractor/NNS ././.");

  @Test
  void theBordersPartnerIsTheObjects() {
    BLOCKED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) obl:with(2,6) punct(2,7)", BLOCKED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    BLOCKED.assertLeavesAlone(REPAIR, BLOCKED_REPAIRED);
  }

  @Test
  void anInstrumentOfAnotherObjectStaysTheVerbs() {
    TRACTORS.assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:with(2,5) punct(2,6)");
  }
}
