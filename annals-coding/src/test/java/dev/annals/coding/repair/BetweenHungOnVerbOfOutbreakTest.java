package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class BetweenHungOnVerbOfOutbreakTest {
  private static final ParseRepair REPAIR = new BetweenHungOnVerbOfOutbreak();
  // "Fighting broke out between the army and rebels."
  private static final HandParse FIGHTING = HandParse.of("Fighting/fighting/NN broke/break/VBD out/out/RP between/between/IN the/the/DT army/army/NN "
      + "and/and/CC rebels/rebel/NNS ././.");
  private static final String REST = "nsubj(2,1) root(0,2) compound:prt(2,3) case(6,4) det(6,5) cc(8,7) conj:and(6,8) punct(2,9)";

  @Test
  void theSidesOfAnOutbreakAreItsSubjectsNotTheVerbs() {
    FIGHTING.assertRepairs(REPAIR, REST + " obl:between(2,6)", REST + " nmod:between(1,6)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    FIGHTING.assertLeavesAlone(REPAIR, REST + " nmod:between(1,6)");
  }

  @Test
  void aVerbWithSidesOfItsOwnKeepsThem() {
    // "Qatar mediated between the army and rebels."
    HandParse.of("Qatar/Qatar/NNP/LOCATION mediated/mediate/VBD between/between/IN the/the/DT army/army/NN and/and/CC rebels/rebel/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:between(2,5) cc(7,6) conj:and(5,7) punct(2,8)");
  }
}
