package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SubordinateClauseReadAsPhraseTest {
  private static final ParseRepair REPAIR = new SubordinateClauseReadAsPhrase();
  // "Chile suspended aid after a court sentenced two Chileans."
  private static final HandParse SENTENCED = HandParse.of(
      "Chile/Chile/NNP/LOCATION suspended/suspend/VBD aid/aid/NN after/after/IN a/a/DT court/court/NN sentenced/sentence/VBD two/two/CD "
          + "Chileans/Chilean/NNPS/MISC ././.");
  private static final String SENTENCED_REPAIRED = "nsubj(2,1) root(0,2) obj(2,3) det(6,5) nummod(9,8) obj(7,9) punct(2,10) advcl:after(2,7) mark(7,4) nsubj(7,6)";

  @Test
  void aPastVerbHungOnTheNounAfterOpensIsTheClauseAfterOpens() {
    SENTENCED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:after(2,6) acl(6,7) nummod(9,8) obj(7,9) punct(2,10)", SENTENCED_REPAIRED);
  }

  @Test
  void theClauseParsedRightIsLeftAlone() {
    SENTENCED.assertLeavesAlone(REPAIR, SENTENCED_REPAIRED);
  }

  @Test
  void aParticipleOnTheNounIsLeftAlone() {
    // "Chile suspended aid after talks held in Lima."
    HandParse.of("Chile/Chile/NNP/LOCATION suspended/suspend/VBD aid/aid/NN after/after/IN talks/talk/NNS held/hold/VBN in/in/IN Lima/Lima/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:after(2,5) acl(5,6) case(8,7) obl:in(6,8) punct(2,9)");
  }
}
