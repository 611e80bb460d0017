package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class OwningParticipleHungOnFarNounTest {
  private static final ParseRepair REPAIR = new OwningParticipleHungOnFarNoun();
  // "Chad suspended the placement of workers on vessels owned by a Libyan firm."
  private static final HandParse SUSPENDED = HandParse.of("Chad/Chad/NNP/LOCATION suspended/suspend/VBD the/the/DT placement/placement/NN of/of/IN "
      + "workers/worker/NNS on/on/IN vessels/vessel/NNS owned/own/VBN by/by/IN a/a/DT Libyan/Libyan/JJ/MISC firm/firm/NN ././.");
  private static final String REPAIRED = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) case(8,7) nmod:on(4,8) case(13,10) det(13,11) "
      + "amod(13,12) obl:by(9,13) punct(2,14) acl(8,9)";

  @Test
  void theParticipleOfOwningDescribesTheNounRightBeforeIt() {
    SUSPENDED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) case(8,7) nmod:on(4,8) acl(4,9) case(13,10) det(13,11) "
        + "amod(13,12) obl:by(9,13) punct(2,14)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SUSPENDED.assertLeavesAlone(REPAIR, REPAIRED);
  }
}
