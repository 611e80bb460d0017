package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class OfPhraseHungOnDayTest {
  private static final ParseRepair REPAIR = new OfPhraseHungOnDay();
  // "Chad accused Niger on Friday of training and arming rebels."
  private static final HandParse ACCUSED = HandParse.of("Chad/Chad/NNP/LOCATION accused/accuse/VBD Niger/Niger/NNP/LOCATION on/on/IN Friday/Friday/NNP "
      + "of/of/IN training/training/NN and/and/CC arming/arm/VBG rebels/rebel/NNS ././.");

  @Test
  void theOfPhraseAndTheGerundJoinedToItGoBackToTheVerbTheDayDates() {
    ACCUSED.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) case(7,6) nmod:of(5,7) cc(9,8) nsubj(9,1) conj:and(2,9) obj(9,10) punct(2,11)",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) case(7,6) obl:of(2,7) cc(9,8) conj:and(7,9) obl:of(2,9) obj(9,10) punct(2,11)");
  }

  @Test
  void theOfPhraseOfANounIsLeftAlone() {
    // "Chad marked the Friday of the vote."
    HandParse.of("Chad/Chad/NNP/LOCATION marked/mark/VBD the/the/DT Friday/Friday/NNP of/of/IN the/the/DT vote/vote/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) det(7,6) nmod:of(4,7) punct(2,8)");
  }

  @Test
  void aNounsOfPhraseAfterADayToldRightAfterTheObjectIsTheObjects() {
    // "A judge ordered the arrest on Friday of two police officers."
    HandParse.of("A/a/DT judge/judge/NN ordered/order/VBD the/the/DT arrest/arrest/NN on/on/IN Friday/Friday/NNP of/of/IN two/two/CD police/police/NN "
            + "officers/officer/NNS ././.")
        .assertRepairs(new OfPhraseHungOnDay(),
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:on(3,7) case(11,8) nummod(11,9) compound(11,10) nmod:of(7,11) punct(3,12)",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:on(3,7) case(11,8) nummod(11,9) compound(11,10) nmod:of(5,11) punct(3,12)");
  }
}
