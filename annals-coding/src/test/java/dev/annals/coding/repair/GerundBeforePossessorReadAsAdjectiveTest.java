package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class GerundBeforePossessorReadAsAdjectiveTest {
  private static final ParseRepair REPAIR = new GerundBeforePossessorReadAsAdjective();
  // "Chile thanked Peru for backing Bolivia's bid."
  private static final HandParse THANKED = HandParse.of("Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION for/for/IN "
      + "backing/back/VBG Bolivia/Bolivia/NNP/LOCATION 's/'s/POS bid/bid/NN ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) obj(2,3) nmod:poss(8,6) case(6,7) punct(2,9)";

  @Test
  void theGerundGovernsTheNoun() {
    THANKED.assertRepairs(REPAIR, SHARED + " case(8,4) amod(8,5) obl:for(2,8)", SHARED + " advcl:for(2,5) mark(5,4) obj(5,8)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    THANKED.assertLeavesAlone(REPAIR, SHARED + " advcl:for(2,5) mark(5,4) obj(5,8)");
  }

  @Test
  void anAdjectiveAfterThePossessorIsLeftAlone() {
    // "Chile thanked Peru for Bolivia's growing trade."
    HandParse.of("Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION for/for/IN Bolivia/Bolivia/NNP/LOCATION 's/'s/POS "
            + "growing/grow/VBG trade/trade/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(8,4) nmod:poss(8,5) case(5,6) amod(8,7) obl:for(2,8) punct(2,9)");
  }
}
