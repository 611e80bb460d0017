package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PrepositionReadAsHeadOfGerundTest {
  private static final ParseRepair REPAIR = new PrepositionReadAsHeadOfGerund();
  // "Fiji thanked Australia for offering to send a plane."
  private static final HandParse OFFERING = HandParse.of(
      "Fiji/Fiji/NNP/LOCATION thanked/thank/VBD Australia/Australia/NNP/LOCATION for/for/IN offering/offer/VBG to/to/TO send/send/VB "
          + "a/a/DT plane/plane/NN ././.");
  private static final String REST = "nsubj(2,1) root(0,2) obj(2,3) mark(7,6) xcomp(5,7) det(9,8) obj(7,9) punct(2,10)";

  @Test
  void thePrepositionHeadingAGerundIsItsMarker() {
    OFFERING.assertRepairs(REPAIR, "advcl(2,4) dep(4,5) " + REST, "advcl:for(2,5) mark(5,4) " + REST);
    OFFERING.assertRepairs(REPAIR, "dep(2,4) dep(4,5) " + REST, "advcl:for(2,5) mark(5,4) " + REST);
  }

  @Test
  void aPrepositionWithANounOrMoreThanTheGerundIsLeftAlone() {
    OFFERING.assertLeavesAlone(REPAIR, "advcl:for(2,5) mark(5,4) " + REST);
    OFFERING.assertLeavesAlone(REPAIR, "advcl(2,4) dep(4,5) dep(4,9) mark(7,6) xcomp(5,7) det(9,8) nsubj(2,1) root(0,2) obj(2,3) punct(2,10)");
  }
}
