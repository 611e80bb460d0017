package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SayingReadAsPunctuationInVerbSeriesTest {
  private static final ParseRepair REPAIR = new SayingReadAsPunctuationInVerbSeries();
  // "Hanoi summoned the envoy, said the boats were in its waters, and asked Jakarta to free them."
  private static final HandParse SERIES = HandParse.of(
      "Hanoi/Hanoi/NNP/LOCATION summoned/summon/VBD the/the/DT envoy/envoy/NN ,/,/, said/say/VBD the/the/DT boats/boat/NNS were/be/VBD in/in/IN "
          + "its/its/PRP$ waters/water/NNS ,/,/, and/and/CC asked/ask/VBD Jakarta/Jakarta/NNP/LOCATION to/to/TO free/free/VB them/they/PRP ././.");

  @Test
  void aSayingReadAsPunctuationIsTheDoersSecondActAndTheLastActIsTheDoersToo() {
    SERIES.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) punct(12,6) det(8,7) nsubj(12,8) nsubj(15,8) cop(12,9) case(12,10) "
            + "nmod:poss(12,11) parataxis(2,12) punct(12,13) cc(15,14) parataxis(2,15) conj:and(12,15) obj(15,16) nsubj:xsubj(18,16) mark(18,17) xcomp(15,18) "
            + "obj(18,19) punct(2,20)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) det(8,7) nsubj(12,8) cop(12,9) case(12,10) nmod:poss(12,11) punct(12,13) cc(15,14) obj(15,16) "
            + "nsubj:xsubj(18,16) mark(18,17) xcomp(15,18) obj(18,19) punct(2,20) conj:and(2,6) nsubj(6,1) ccomp(6,12) conj:and(2,15) nsubj(15,1)");
  }

  @Test
  void theSeriesParsedRightIsLeftAlone() {
    SERIES.assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) det(8,7) nsubj(12,8) cop(12,9) case(12,10) nmod:poss(12,11) "
        + "punct(12,13) cc(15,14) obj(15,16) nsubj:xsubj(18,16) mark(18,17) xcomp(15,18) obj(18,19) punct(2,20) conj:and(2,6) nsubj(6,1) ccomp(6,12) "
        + "conj:and(2,15) nsubj(15,1)");
  }
}
