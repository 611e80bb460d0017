package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class InfinitiveOfNounReadAsClauseTest {
  private static final ParseRepair REPAIR = new InfinitiveOfNounReadAsClause();
  // "Kenya rejected Uganda's request to extradite two men.", with "to" tagged as a preposition.
  private static final HandParse MISTAGGED = HandParse.of(
      "Kenya/Kenya/NNP/LOCATION rejected/reject/VBD Uganda/Uganda/NNP/LOCATION 's/'s/POS request/request/NN to/to/IN "
          + "extradite/extradite/VB two/two/CD men/man/NNS ././.");
  // The same words with "to" tagged right.
  private static final HandParse TAGGED = HandParse.of(
      "Kenya/Kenya/NNP/LOCATION rejected/reject/VBD Uganda/Uganda/NNP/LOCATION 's/'s/POS request/request/NN to/to/TO "
          + "extradite/extradite/VB two/two/CD men/man/NNS ././.");
  private static final String REST = "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) nummod(9,8) obj(7,9) punct(2,10)";

  @Test
  void aNounBeforeAPrepositionalToAndABaseVerbIsTheVerbsObjectWithTheInfinitiveOnIt() {
    MISTAGGED.assertRepairs(REPAIR, "nsubj(7,5) dep(7,6) ccomp(2,7) " + REST, "obj(2,5) acl(5,7) mark(7,6) " + REST);
  }

  @Test
  void aToTaggedRightOrAVerbWithAnObjectOfItsOwnIsLeftAlone() {
    TAGGED.assertLeavesAlone(REPAIR, "nsubj(7,5) mark(7,6) ccomp(2,7) " + REST);
    MISTAGGED.assertLeavesAlone(REPAIR, "obj(2,3) nsubj(7,5) dep(7,6) ccomp(2,7) nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) nummod(9,8) obj(7,9) punct(2,10)");
  }
}
