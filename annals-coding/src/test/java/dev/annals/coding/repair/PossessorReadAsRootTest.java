package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PossessorReadAsRootTest {
  private static final ParseRepair REPAIR = new PossessorReadAsRoot();
  // "Turkey's culture minister, who signed the deal, promised aid."
  private static final HandParse PROMISED = HandParse.of("Turkey/Turkey/NNP/LOCATION 's/'s/POS culture/culture/NN minister/minister/NN ,/,/, who/who/WP "
      + "signed/sign/VBD the/the/DT deal/deal/NN ,/,/, promised/promise/VBD aid/aid/NN ././.");
  private static final String PROMISED_REPAIRED = "root(0,11) case(1,2) compound(4,3) nsubj(7,4) nsubj(11,4) punct(4,5) ref(4,6) acl:relcl(4,7) det(9,8) "
      + "obj(7,9) punct(4,10) obj(11,12) punct(11,13) nmod:poss(4,1)";

  @Test
  void theNameWithItsPossessiveIsTheSubjectsOwnerAndTheLooseVerbTheRoot() {
    PROMISED.assertRepairs(REPAIR, "root(0,1) case(1,2) compound(4,3) nsubj(7,4) nsubj(11,4) punct(4,5) ref(4,6) acl:relcl(4,7) det(9,8) obj(7,9) "
        + "punct(4,10) dep(1,11) obj(11,12) punct(1,13)", PROMISED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    PROMISED.assertLeavesAlone(REPAIR, PROMISED_REPAIRED);
  }

  @Test
  void aRootNameWithNoPossessiveStays() {
    // "Turkey, the minister said, promised aid." read oddly, with no "'s": not this repair's.
    HandParse.of("Turkey/Turkey/NNP/LOCATION minister/minister/NN promised/promise/VBD aid/aid/NN ././.")
        .assertLeavesAlone(REPAIR, "root(0,1) nsubj(3,2) dep(1,3) obj(3,4) punct(1,5)");
  }
}
