package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class BarredGerundReadAsAdjectiveTest {
  private static final ParseRepair REPAIR = new BarredGerundReadAsAdjective();
  // "Chile barred banks from buying bonds and shares."
  private static final HandParse BONDS = HandParse.of("Chile/Chile/NNP/LOCATION barred/bar/VBD banks/bank/NNS from/from/IN buying/buy/VBG "
      + "bonds/bond/NNS and/and/CC shares/share/NNS ././.");

  @Test
  void theGerundAfterFromIsWhatIsBarredAndTheJoinedNounsAreItsObjects() {
    BONDS.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:from(2,6) cc(8,7) conj:and(6,8) obl:from(2,8) punct(2,9)",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) obj(5,6) advcl:from(2,5) cc(8,7) conj:and(6,8) obj(5,8) punct(2,9)");
  }

  @Test
  void anAdjectivalGerundIsLeftAlone() {
    // "Chile shielded banks from rising prices."
    HandParse.of("Chile/Chile/NNP/LOCATION shielded/shield/VBD banks/bank/NNS from/from/IN rising/rise/VBG prices/price/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:from(2,6) punct(2,7)");
  }

  @Test
  void aVerbOfNoPreventingIsLeftAlone() {
    // "Chile made money from trading bonds."
    HandParse.of("Chile/Chile/NNP/LOCATION made/make/VBD money/money/NN from/from/IN trading/trade/VBG bonds/bond/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:from(2,6) punct(2,7)");
  }
}
