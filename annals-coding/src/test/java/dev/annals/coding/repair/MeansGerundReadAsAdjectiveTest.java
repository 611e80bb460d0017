package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MeansGerundReadAsAdjectiveTest {
  private static final ParseRepair REPAIR = new MeansGerundReadAsAdjective();
  // "Colombia responded by suspending electricity sales to Ecuador."
  private static final HandParse SUSPEND = HandParse.of(
      "Colombia/Colombia/NNP/LOCATION responded/respond/VBD by/by/IN suspending/suspend/VBG electricity/electricity/NN sales/sale/NNS "
          + "to/to/IN Ecuador/Ecuador/NNP/LOCATION ././.");
  private static final String SUSPEND_MISPARSE =
      "nsubj(2,1) root(0,2) case(6,3) amod(6,4) compound(6,5) obl:by(2,6) case(8,7) nmod:to(6,8) punct(2,9)";
  private static final String SUSPEND_REPAIRED =
      "nsubj(2,1) root(0,2) compound(6,5) case(8,7) nmod:to(6,8) punct(2,9) advcl:by(2,4) mark(4,3) obj(4,6)";

  @Test
  void theGerundAfterByIsTheMeansAndTakesThePhraseAsItsObject() {
    SUSPEND.assertRepairs(REPAIR, SUSPEND_MISPARSE, SUSPEND_REPAIRED);
  }

  @Test
  void theGerundParsedRightIsLeftAlone() {
    SUSPEND.assertLeavesAlone(REPAIR, SUSPEND_REPAIRED);
  }

  @Test
  void aPassivesByPhraseIsItsAgent() {
    // "The town was shelled by fighting units."
    HandParse.of("The/the/DT town/town/NN was/be/VBD shelled/shell/VBN by/by/IN roving/rove/VBG units/unit/NNS ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) case(7,5) amod(7,6) obl:by(4,7) punct(4,8)");
  }

  @Test
  void aGerundThatIsMostlyAnAdjectiveStaysOne() {
    // "Exports fell by rising amounts."
    HandParse.of("Exports/export/NNS fell/fall/VBD by/by/IN rising/rise/VBG amounts/amount/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) case(5,3) amod(5,4) obl:by(2,5) punct(2,6)");
  }
}
