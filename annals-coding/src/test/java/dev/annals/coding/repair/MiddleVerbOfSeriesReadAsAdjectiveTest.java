package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MiddleVerbOfSeriesReadAsAdjectiveTest {
  private static final ParseRepair REPAIR = new MiddleVerbOfSeriesReadAsAdjective();
  // "Norway's foreign minister attended the summit, held talks with Kenya's president the same day
  // and signed a deal."
  private static final HandParse SERIES = HandParse.of(
      "Norway/Norway/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN attended/attend/VBD the/the/DT summit/summit/NN ,/,/, "
          + "held/hold/VBD talks/talk/NNS with/with/IN Kenya/Kenya/NNP/LOCATION 's/'s/POS president/president/NN the/the/DT same/same/JJ "
          + "day/day/NN and/and/CC signed/sign/VBD a/a/DT deal/deal/NN ././.");
  private static final String REST = "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8) case(14,11) "
      + "nmod:poss(14,12) case(12,13) nmod:with(10,14) det(17,15) amod(17,16) cc(19,18) det(21,20) obj(19,21) punct(5,22)";

  @Test
  void theMiddleVerbReadAsAnAdjectiveIsTheSeriesSecondActAndTheLastVerbItsThird() {
    SERIES.assertRepairs(REPAIR,
        "amod(10,9) dep(5,10) obl:tmod(10,17) dep(5,19) conj:and(10,19) " + REST,
        "conj:and(5,9) obj(9,10) nsubj(9,4) obl:tmod(9,17) conj:and(5,19) nsubj(19,4) " + REST);
  }

  @Test
  void aNounReallyDescribedOrAVerbWithNoCommaBeforeItIsLeftAlone() {
    // The noun hung as the object, not a bare dep: "attended the summit, held talks" read rightly.
    SERIES.assertLeavesAlone(REPAIR, "conj:and(5,9) obj(9,10) obl:tmod(9,17) conj:and(5,19) " + REST);
    // "attended the summit held talks": no comma before the verb.
    HandParse.of("Norway/Norway/NNP/LOCATION attended/attend/VBD talks/talk/NNS held/hold/VBD talks/talk/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) amod(5,4) dep(2,5) punct(2,6)");
  }
}
