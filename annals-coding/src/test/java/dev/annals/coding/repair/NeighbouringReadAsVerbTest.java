package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class NeighbouringReadAsVerbTest {
  private static final ParseRepair REPAIR = new NeighbouringReadAsVerb();
  // "Mali accused neighbouring Ivory Coast of financing the plot."
  private static final HandParse ACCUSED = HandParse.of(
      "Mali/Mali/NNP accused/accuse/VBD neighbouring/neighbour/VBG Ivory/Ivory/NNP Coast/Coast/NNP of/of/IN financing/financing/NN the/the/DT plot/plot/NN ././.");
  private static final String ACCUSED_REPAIRED = "nsubj(2,1) root(0,2) obj(2,5) amod(5,3) compound(5,4) case(7,6) nmod:of(5,7) det(9,8) obj(7,9) punct(2,10)";

  @Test
  void theNameIsTheVerbsObjectAndTheWordItsAdjective() {
    ACCUSED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) dep(2,3) obj(3,5) compound(5,4) case(7,6) nmod:of(5,7) det(9,8) obj(7,9) punct(2,10)",
        ACCUSED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ACCUSED.assertLeavesAlone(REPAIR, ACCUSED_REPAIRED);
  }
}
