package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PhraseHungOnClosingAttributionTest {
  private static final ParseRepair REPAIR = new PhraseHungOnClosingAttribution();
  // "Tokayev spoke with Putin, the Kremlin said."
  private static final HandParse CALL = HandParse.of(
      "Tokayev/Tokayev/NNP/PERSON spoke/speak/VBD with/with/IN Putin/Putin/NNP/PERSON ,/,/, the/the/DT Kremlin/Kremlin/NNP said/say/VBD ././.");
  private static final String CALL_REPAIRED = "nsubj(2,1) root(0,2) case(4,3) punct(4,5) det(7,6) nsubj(8,7) parataxis(2,8) punct(2,9) obl:with(2,4)";

  @Test
  void aPhraseBeforeTheCommaOfAClosingAttributionGoesBackToTheClauseItCloses() {
    CALL.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:with(8,4) punct(4,5) det(7,6) nsubj(8,7) parataxis(2,8) punct(2,9)", CALL_REPAIRED);
  }

  @Test
  void theClauseParsedRightIsLeftAlone() {
    CALL.assertLeavesAlone(REPAIR, CALL_REPAIRED);
  }

  @Test
  void aPhraseAfterTheSayingIsTheSayings() {
    // "Tokayev spoke, the Kremlin said on Monday."
    HandParse.of("Tokayev/Tokayev/NNP/PERSON spoke/speak/VBD ,/,/, the/the/DT Kremlin/Kremlin/NNP said/say/VBD on/on/IN Monday/Monday/NNP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) punct(2,3) det(5,4) nsubj(6,5) parataxis(2,6) case(8,7) obl:on(6,8) punct(2,9)");
  }
}
