package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObliqueHungOnWhoseClauseTest {
  private static final ParseRepair REPAIR = new ObliqueHungOnWhoseClause();
  // "Australia agreed on Monday to pay compensation to Fijian villages whose reef and fishing grounds were damaged when a navy ship ran aground."
  private static final HandParse PAY = HandParse.of(
      "Australia/Australia/NNP/LOCATION agreed/agree/VBD on/on/IN Monday/Monday/NNP to/to/TO pay/pay/VB compensation/compensation/NN to/to/IN "
          + "Fijian/Fijian/JJ villages/village/NNS whose/whose/WP$ reef/reef/NN and/and/CC fishing/fishing/NN grounds/ground/NNS were/be/VBD "
          + "damaged/damage/VBN when/when/WRB a/a/DT navy/navy/NN ship/ship/NN ran/run/VBD aground/aground/RB ././.");
  private static final String BEFORE = "nsubj(2,1) nsubj:xsubj(6,1) root(0,2) case(4,3) obl:on(2,4) mark(6,5) xcomp(2,6) obj(6,7) case(10,8) amod(10,9) ";
  private static final String AFTER = "nmod:poss(12,11) nsubj:pass(17,12) cc(15,13) compound(15,14) conj:and(12,15) nsubj:pass(17,15) aux:pass(17,16) ";
  private static final String END = "advmod(22,18) det(21,19) compound(21,20) nsubj(22,21) advcl(17,22) advmod(22,23) punct(2,24)";

  @Test
  void theNounBeforeWhoseTakesItsPrepositionToTheClausesGovernor() {
    PAY.assertRepairs(REPAIR, BEFORE + "obl:to(17,10) " + AFTER + "dep(6,17) " + END,
        BEFORE + "obl:to(6,10) " + AFTER + "acl:relcl(10,17) " + END);
  }

  @Test
  void aClauseHungBesideTheVerbIsMendedToo() {
    PAY.assertRepairs(REPAIR, BEFORE + "obl:to(17,10) " + AFTER + "parataxis(6,17) " + END,
        BEFORE + "obl:to(6,10) " + AFTER + "acl:relcl(10,17) " + END);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    PAY.assertLeavesAlone(REPAIR, BEFORE + "obl:to(6,10) " + AFTER + "acl:relcl(10,17) " + END);
  }
}
