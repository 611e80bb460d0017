package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PhraseAfterQuotationHungInsideTest {
  private static final ParseRepair REPAIR = new PhraseAfterQuotationHungInside();
  // 'Jordan's king thanked Japan for "a friendship that never asks for anything in return" in a message read at the ceremony.'
  private static final HandParse THANKED = HandParse.of(
      "Jordan/Jordan/NNP/LOCATION 's/'s/POS king/king/NN thanked/thank/VBD Japan/Japan/NNP/LOCATION for/for/IN “/“/`` a/a/DT friendship/friendship/NN "
          + "that/that/WDT never/never/RB asks/ask/VBZ for/for/IN anything/anything/NN in/in/IN return/return/NN ”/”/'' in/in/IN a/a/DT message/message/NN "
          + "read/read/VBD at/at/IN the/the/DT ceremony/ceremony/NN ././.");
  private static final String PARSED = "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) obl:for(4,9) punct(4,25) case(9,6) punct(9,7) det(9,8) ref(9,10) "
      + "acl:relcl(9,12) nsubj(12,9) advmod(12,11) obl:for(12,14) punct(12,17) obl:in(12,20) case(14,13) nmod:in(14,16) case(16,15) case(20,18) det(20,19) "
      + "acl(20,21) obl:at(21,24) case(24,22) det(24,23)";
  private static final String REPAIRED = "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) obl:for(4,9) punct(4,25) case(9,6) punct(9,7) det(9,8) ref(9,10) "
      + "acl:relcl(9,12) nsubj(12,9) advmod(12,11) obl:for(12,14) punct(12,17) case(14,13) nmod:in(14,16) case(16,15) case(20,18) det(20,19) "
      + "acl(20,21) obl:at(21,24) case(24,22) det(24,23) obl:in(4,20)";

  @Test
  void thePhraseAfterTheQuotationIsTheVerbsThatHoldsIt() {
    THANKED.assertRepairs(REPAIR, PARSED, REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    THANKED.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void aPhraseOnTheQuotedWordItselfStays() {
    // 'They called on Arabs to "mobilize" against Sharon.'
    HandParse.of("They/they/PRP called/call/VBD on/on/IN Arabs/Arabs/NNPS to/to/TO “/“/`` mobilize/mobilize/VB ”/”/'' against/against/IN Sharon/Sharon/NNP/PERSON ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(7,5) punct(7,6) xcomp(2,7) punct(7,8) case(10,9) obl:against(7,10) punct(2,11)");
  }
}
