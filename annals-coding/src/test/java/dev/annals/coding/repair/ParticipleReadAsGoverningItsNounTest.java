package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ParticipleReadAsGoverningItsNounTest {
  private static final ParseRepair REPAIR = new ParticipleReadAsGoverningItsNoun();
  // "Chile and Peru exchanged prisoners in a swap mediated by Qatar."
  private static final HandParse SWAP = HandParse.of(
      "Chile/Chile/NNP and/and/CC Peru/Peru/NNP exchanged/exchange/VBD prisoners/prisoner/NNS in/in/IN a/a/DT swap/swap/NN mediated/mediate/VBN by/by/IN Qatar/Qatar/NNP ././.");
  private static final String SWAP_REPAIRED =
      "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) case(8,6) det(8,7) obl:in(4,8) acl(8,9) case(11,10) obl:by(9,11) punct(4,12)";

  @Test
  void theParticipleDescribesTheNounBeforeIt() {
    SWAP.assertRepairs(REPAIR,
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) case(8,6) det(8,7) obl:in(9,8) dep(4,9) case(11,10) obl:by(9,11) punct(4,12)",
        SWAP_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SWAP.assertLeavesAlone(REPAIR, SWAP_REPAIRED);
  }

  @Test
  void aNounMadeTheSubjectOfTheParticipleAfterItIsTheMainVerbsObject() {
    // "Chile's defence minister also handed over two patrol boats built under a credit line."
    String start = "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(6,4) advmod(6,5) root(0,6) compound:prt(6,7) nummod(10,8) compound(10,9) ";
    String end = " case(15,12) det(15,13) compound(15,14) obl:under(11,15) punct(6,16)";
    HandParse.of("Chile/Chile/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN also/also/RB handed/hand/VBD over/over/RP two/two/CD "
            + "patrol/patrol/NN boats/boat/NNS built/build/VBN under/under/IN a/a/DT credit/credit/NN line/line/NN ././.")
        .assertRepairs(REPAIR, start + "nsubj(11,10) dep(6,11)" + end, start + "obj(6,10) acl(10,11)" + end);
  }
}
