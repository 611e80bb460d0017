package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectOfOrderReadAsPassiveSubjectTest {
  private static final ParseRepair REPAIR = new ObjectOfOrderReadAsPassiveSubject();
  // "A court in Ankara ordered them held in custody."
  private static final HandParse ORDERED = HandParse.of(
      "A/a/DT court/court/NN in/in/IN Ankara/Ankara/NNP/LOCATION ordered/order/VBD them/they/PRP held/hold/VBN in/in/IN custody/custody/NN ././.");
  private static final String REST = "det(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) obl:in(7,9) case(9,8) punct(5,10)";

  @Test
  void thePeopleOrderedHeldAreTheOrdersObject() {
    ORDERED.assertRepairs(REPAIR, REST + " nsubj(7,6) dep(5,7)", REST + " obj(5,6) xcomp(5,7)");
    ORDERED.assertRepairs(REPAIR, REST + " nsubj:pass(7,6) dep(5,7)", REST + " obj(5,6) xcomp(5,7)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ORDERED.assertLeavesAlone(REPAIR, REST + " obj(5,6) xcomp(5,7)");
  }
}
