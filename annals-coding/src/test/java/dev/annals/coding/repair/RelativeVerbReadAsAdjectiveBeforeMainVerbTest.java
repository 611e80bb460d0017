package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativeVerbReadAsAdjectiveBeforeMainVerbTest {
  private static final ParseRepair REPAIR = new RelativeVerbReadAsAdjectiveBeforeMainVerb();
  // "The ministry, which oversees water management, expressed regret but said the release was needed."
  private static final HandParse MINISTRY = HandParse.of("The/the/DT ministry/ministry/NN ,/,/, which/which/WDT oversees/oversee/VBZ water/water/NN "
      + "management/management/NN ,/,/, expressed/express/VBD regret/regret/NN but/but/CC said/say/VBD the/the/DT release/release/NN was/be/VBD "
      + "needed/need/VBN ././.");

  @Test
  void theVerbAfterWhichIsTheRelativeClausesAndTheVerbAfterTheCommaTheSentences() {
    MINISTRY.assertRepairs(REPAIR,
        "det(2,1) root(0,2) obj(9,2) punct(2,3) ref(2,4) amod(7,5) compound(7,6) nsubj(9,7) nsubj(12,7) punct(9,8) acl:relcl(2,9) obj(9,10) cc(12,11) "
            + "acl:relcl(2,12) conj:but(9,12) det(14,13) nsubj:pass(16,14) aux:pass(16,15) ccomp(12,16) punct(2,17)",
        "det(2,1) root(0,9) punct(2,3) ref(2,4) compound(7,6) nsubj(9,2) nsubj(12,2) punct(9,8) obj(9,10) cc(12,11) conj:but(9,12) det(14,13) "
            + "nsubj:pass(16,14) aux:pass(16,15) ccomp(12,16) punct(9,17) acl:relcl(2,5) nsubj(5,2) obj(5,7)");
  }

  @Test
  void aRelativeClauseParsedRightIsLeftAlone() {
    MINISTRY.assertLeavesAlone(REPAIR,
        "det(2,1) nsubj(9,2) punct(2,3) ref(2,4) acl:relcl(2,5) nsubj(5,2) compound(7,6) obj(5,7) punct(2,8) root(0,9) obj(9,10) cc(12,11) conj:but(9,12) "
            + "nsubj(12,2) det(14,13) nsubj:pass(16,14) aux:pass(16,15) ccomp(12,16) punct(9,17)");
  }
}
