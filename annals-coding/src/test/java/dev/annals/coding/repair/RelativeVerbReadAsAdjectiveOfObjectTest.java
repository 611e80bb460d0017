package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativeVerbReadAsAdjectiveOfObjectTest {
  private static final ParseRepair REPAIR = new RelativeVerbReadAsAdjectiveOfObject();
  // "They met a delegation, which thanked Togo."
  private static final HandParse THANKED = HandParse.of("They/they/PRP met/meet/VBD a/a/DT delegation/delegation/NN ,/,/, which/which/WDT "
      + "thanked/thank/VBD Togo/Togo/NNP/LOCATION ././.");

  @Test
  void aPastVerbAfterWhichReadAsTheObjectsAdjectiveIsTheRelativeClausesVerb() {
    THANKED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) acl:relcl(4,6) amod(8,7) dep(6,8) punct(2,9)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) acl:relcl(4,7) nsubj(7,4) ref(4,6) obj(7,8) punct(2,9)");
  }

  @Test
  void aRelativeClauseParsedRightIsLeftAlone() {
    THANKED.assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) ref(4,6) acl:relcl(4,7) nsubj(7,4) obj(7,8) punct(2,9)");
  }
}
