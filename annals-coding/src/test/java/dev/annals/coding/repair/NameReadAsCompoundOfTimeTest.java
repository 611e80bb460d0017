package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class NameReadAsCompoundOfTimeTest {
  private static final ParseRepair REPAIR = new NameReadAsCompoundOfTime();
  // "Poland recalled its ambassador from Budapest hours later."
  private static final HandParse RECALL = HandParse.of(
      "Poland/Poland/NNP recalled/recall/VBD its/its/PRP$ ambassador/ambassador/NN from/from/IN Budapest/Budapest/NNP hours/hour/NNS later/later/RB ./././.");
  private static final String RECALL_REPAIRED = "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) obl:tmod(2,7) obl:from(2,6) advmod(7,8) punct(2,9)";

  @Test
  void theNameEndsThePrepositionsPhraseAndTheTimeIsTheVerbs() {
    RECALL.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(7,5) compound(7,6) obl:from(2,7) advmod(7,8) punct(2,9)", RECALL_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    RECALL.assertLeavesAlone(REPAIR, RECALL_REPAIRED);
  }

  @Test
  void aNamedSpanOfTimeStays() {
    // "Talks resumed after the Easter week.": no "later" places the week, so the name is its own.
    HandParse.of("Talks/talk/NNS resumed/resume/VBD after/after/IN the/the/DT Easter/Easter/NNP week/week/NN ./././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) case(6,3) det(6,4) compound(6,5) obl:after(2,6) punct(2,7)");
  }
}
