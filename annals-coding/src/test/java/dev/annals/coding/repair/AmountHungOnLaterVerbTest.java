package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class AmountHungOnLaterVerbTest {
  private static final ParseRepair REPAIR = new AmountHungOnLaterVerb();
  // "Japan suspended a further $20 million after Nepal signed a deal."
  private static final HandParse SUSPENDED = HandParse.of(
      "Japan/Japan/NNP/LOCATION suspended/suspend/VBD a/a/DT further/further/RBR $/$/$ 20/20/CD million/million/CD after/after/IN "
          + "Nepal/Nepal/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN ././.");
  private static final String REPAIRED = "nsubj(2,1) root(0,2) det(5,3) advmod(5,4) obj(2,5) compound(7,6) nummod(5,7) mark(10,8) nsubj(10,9) "
      + "advcl:after(2,10) det(12,11) obj(10,12) punct(2,13)";

  @Test
  void anAmountHungOnALaterVerbIsTheObjectOfTheVerbBeforeIt() {
    SUSPENDED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) mark(10,3) advmod(5,4) dep(10,5) compound(7,6) nummod(5,7) mark(10,8) nsubj(10,9) "
        + "advcl:after(2,10) det(12,11) obj(10,12) punct(2,13)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SUSPENDED.assertLeavesAlone(REPAIR, REPAIRED);
  }
}
