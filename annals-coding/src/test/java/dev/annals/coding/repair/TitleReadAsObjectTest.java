package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class TitleReadAsObjectTest {
  private static final ParseRepair REPAIR = new TitleReadAsObject();
  // "the ministry, whose spokesman He Yadong accused Brussels."
  private static final HandParse ACCUSED = HandParse.of(
      "the/the/DT ministry/ministry/NN ,/,/, whose/whose/WP$ spokesman/spokesman/NN He/He/NNP/PERSON Yadong/Yadong/NNP/PERSON accused/accuse/VBD Brussels/Brussels/NNP/LOCATION ././.");
  private static final String ACCUSED_REPAIRED =
      "det(2,1) root(0,2) punct(2,3) ref(2,4) nmod:poss(5,2) compound(7,6) nsubj(8,7) acl:relcl(2,8) obj(8,9) punct(2,10) compound(7,5)";
  // "the ministry, whose spokesman police arrested."
  private static final HandParse ARRESTED = HandParse.of(
      "the/the/DT ministry/ministry/NN ,/,/, whose/whose/WP$ spokesman/spokesman/NN police/police/NNS arrested/arrest/VBD ././.");

  @Test
  void theTitleBeforeANamedSubjectIsTheNamesNotTheVerbsObject() {
    ACCUSED.assertRepairs(REPAIR,
        "det(2,1) root(0,2) punct(2,3) ref(2,4) nmod:poss(5,2) obj(8,5) compound(7,6) nsubj(8,7) acl:relcl(2,8) obj(8,9) punct(2,10)",
        ACCUSED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ACCUSED.assertLeavesAlone(REPAIR, ACCUSED_REPAIRED);
  }

  @Test
  void anObjectBeforeASubjectThatIsNoNameStaysTheObject() {
    ARRESTED.assertLeavesAlone(REPAIR, "det(2,1) root(0,2) punct(2,3) ref(2,4) nmod:poss(5,2) obj(7,5) nsubj(7,6) acl:relcl(2,7) punct(2,8)");
  }
}
