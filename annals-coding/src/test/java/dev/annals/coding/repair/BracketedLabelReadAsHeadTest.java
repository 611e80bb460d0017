package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class BracketedLabelReadAsHeadTest {
  private static final ParseRepair REPAIR = new BracketedLabelReadAsHead();
  // "Rep. Joe Crowley (D-N.Y.) told reporters."
  private static final HandParse TOLD = HandParse.of(
      "Rep./Rep./NNP Joe/Joe/NNP/PERSON Crowley/Crowley/NNP/PERSON (/(/-LRB- D/D/NNP -/-/HYPH N.Y./N.Y./NNP/LOCATION )/)/-RRB- "
          + "told/tell/VBD reporters/reporter/NNS ././.");

  @Test
  void theNameBeforeTheBracketsIsTheHeadAndTheLabelItsApposition() {
    TOLD.assertRepairs(REPAIR,
        "compound(3,1) compound(3,2) dep(7,3) punct(7,4) compound(7,5) punct(7,6) nsubj(9,7) punct(7,8) root(0,9) obj(9,10) punct(9,11)",
        "compound(3,1) compound(3,2) punct(7,4) compound(7,5) punct(7,6) punct(7,8) root(0,9) obj(9,10) punct(9,11) nsubj(9,3) appos(3,7)");
  }

  @Test
  void aLabelHungOnItsNameIsLeftAlone() {
    TOLD.assertLeavesAlone(REPAIR,
        "compound(3,1) compound(3,2) nsubj(9,3) punct(7,4) compound(7,5) punct(7,6) appos(3,7) punct(7,8) root(0,9) obj(9,10) punct(9,11)");
  }
}
