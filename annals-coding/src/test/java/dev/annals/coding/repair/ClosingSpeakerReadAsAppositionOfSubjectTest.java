package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ClosingSpeakerReadAsAppositionOfSubjectTest {
  private static final ParseRepair REPAIR = new ClosingSpeakerReadAsAppositionOfSubject();
  // "Aid arrived after a storm killed 60 people, the agency said."
  private static final HandParse ARRIVED = HandParse.of("Aid/aid/NN arrived/arrive/VBD after/after/IN a/a/DT storm/storm/NN killed/kill/VBD "
      + "60/60/CD people/people/NNS ,/,/, the/the/DT agency/agency/NN said/say/VBD ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) mark(6,3) det(5,4) nsubj(6,5) advcl:after(2,6) nummod(8,7) punct(8,9) det(11,10) "
      + "parataxis(2,12) punct(2,13)";

  @Test
  void theSayingSpeaksThroughTheNounBeforeIt() {
    ARRIVED.assertRepairs(REPAIR, SHARED + " nsubj(12,8) appos(8,11)", SHARED + " nsubj(12,11) obj(6,8)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ARRIVED.assertLeavesAlone(REPAIR, SHARED + " nsubj(12,11) obj(6,8)");
  }
}
