package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SayingHungInsideQuotationTest {
  private static final ParseRepair REPAIR = new SayingHungInsideQuotation();
  // "“Europe must defend itself,” Macron said."
  private static final HandParse SENTENCE = HandParse.of(
      "“/“/`` Europe/Europe/NNP/LOCATION must/must/MD defend/defend/VB itself/itself/PRP ,/,/, ”/”/'' Macron/Macron/NNP/PERSON said/say/VBD ././.");
  private static final String REPAIRED = "punct(4,1) nsubj(4,2) aux(4,3) obj(4,5) punct(4,6) punct(4,7) nsubj(9,8) punct(4,10) root(0,9) ccomp(9,4)";

  @Test
  void theVerbOfSayingAfterTheQuotationBecomesTheRoot() {
    // "defend" the root and "said" its complement.
    SENTENCE.assertRepairs(REPAIR, "punct(4,1) nsubj(4,2) aux(4,3) root(0,4) obj(4,5) punct(4,6) punct(4,7) nsubj(9,8) ccomp(4,9) punct(4,10)", REPAIRED);
  }

  @Test
  void aStraightClosingMarkTaggedAsOpeningStillClosesTheQuotation() {
    HandParse.of("\"/\"/`` Europe/Europe/NNP/LOCATION must/must/MD defend/defend/VB itself/itself/PRP ,/,/, \"/\"/`` Macron/Macron/NNP/PERSON said/say/VBD ././.")
        .assertRepairs(REPAIR, "punct(4,1) nsubj(4,2) aux(4,3) root(0,4) obj(4,5) punct(4,6) punct(4,7) nsubj(9,8) ccomp(4,9) punct(4,10)", REPAIRED);
  }

  @Test
  void theQuotationParsedRightIsLeftAlone() {
    SENTENCE.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void aSayingInsideTheQuotationStaysThere() {
    // "“Europe said it must defend itself,” Macron wrote.": the subject of "said" is inside.
    HandParse.of("“/“/`` Europe/Europe/NNP/LOCATION said/say/VBD it/it/PRP must/must/MD defend/defend/VB itself/itself/PRP ,/,/, ”/”/'' "
            + "Macron/Macron/NNP/PERSON wrote/write/VBD ././.")
        .assertLeavesAlone(REPAIR, "punct(3,1) nsubj(3,2) ccomp(11,3) nsubj(6,4) aux(6,5) ccomp(3,6) obj(6,7) punct(3,8) punct(3,9) nsubj(11,10) root(0,11) punct(11,12)");
  }
}
