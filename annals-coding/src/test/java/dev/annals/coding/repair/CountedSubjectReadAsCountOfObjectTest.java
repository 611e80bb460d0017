package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class CountedSubjectReadAsCountOfObjectTest {
  private static final ParseRepair REPAIR = new CountedSubjectReadAsCountOfObject();
  // "The two signed agreements on copper research."
  private static final HandParse SIGNED = HandParse.of(
      "The/the/DT two/two/CD signed/sign/VBN agreements/agreement/NNS on/on/IN copper/copper/NN research/research/NN ././.");
  private static final String REST = "nmod:on(4,7) punct(4,8) case(7,5) compound(7,6)";

  @Test
  void theNumberBeforeAParticipleIsItsSubjectAndTheRootNounItsObject() {
    SIGNED.assertRepairs(REPAIR, "root(0,4) det(4,1) nummod(4,2) amod(4,3) " + REST, "root(0,3) nsubj(3,2) det(2,1) obj(3,4) " + REST);
  }

  @Test
  void aSentenceWithAVerbOrAParticipleOfItsOwnIsLeftAlone() {
    SIGNED.assertLeavesAlone(REPAIR, "root(0,3) nsubj(3,2) det(2,1) obj(3,4) " + REST);
    SIGNED.assertLeavesAlone(REPAIR, "root(0,4) det(4,1) nummod(4,2) amod(4,3) advmod(3,5) nmod:on(4,7) punct(4,8) compound(7,6)");
  }
}
