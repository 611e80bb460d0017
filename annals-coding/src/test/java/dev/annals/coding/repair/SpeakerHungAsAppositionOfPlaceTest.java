package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SpeakerHungAsAppositionOfPlaceTest {
  private static final ParseRepair REPAIR = new SpeakerHungAsAppositionOfPlace();
  // "Police detained two officials in Dajabon, Haiti's ministry said."
  private static final HandParse DETAINED = HandParse.of(
      "Police/police/NNS detained/detain/VBD two/two/CD officials/official/NNS in/in/IN Dajabon/Dajabon/NNP/LOCATION ,/,/, Haiti/Haiti/NNP/LOCATION "
          + "'s/'s/POS ministry/ministry/NN said/say/VBD ././.");
  private static final String START = "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(6,5) nmod:in(4,6) punct(6,7) nmod:poss(10,8) case(8,9) ";
  private static final String REPAIRED = START + "parataxis(2,11) punct(2,12) nsubj(11,10)";

  @Test
  void aSpeakerTakenForAnAppositionIsTheSubjectOfTheClosingSaying() {
    DETAINED.assertRepairs(REPAIR, START + "appos(6,10) dep(2,11) punct(2,12)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    DETAINED.assertLeavesAlone(REPAIR, REPAIRED);
  }
}
