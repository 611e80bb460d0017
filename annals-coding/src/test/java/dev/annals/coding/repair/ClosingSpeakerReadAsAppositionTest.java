package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ClosingSpeakerReadAsAppositionTest {
  private static final ParseRepair REPAIR = new ClosingSpeakerReadAsApposition();
  // "The two ministers met in Arusha on Thursday and signed an agreement to share the cost of a new terminal at the end of the Central Corridor Pipeline, Kenya's state house said."
  private static final HandParse MET = HandParse.of(
      "The/the/DT two/two/CD ministers/minister/NNS met/meet/VBD in/in/IN Arusha/Arusha/NNP/LOCATION on/on/IN Thursday/Thursday/NNP and/and/CC "
          + "signed/sign/VBD an/an/DT agreement/agreement/NN to/to/TO share/share/VB the/the/DT cost/cost/NN of/of/IN a/a/DT new/new/JJ terminal/terminal/JJ "
          + "at/at/IN the/the/DT end/end/NN of/of/IN the/the/DT Central/Central/NNP/LOCATION Corridor/Corridor/NNP/LOCATION Pipeline/Pipeline/NNP/LOCATION "
          + ",/,/, Kenya/Kenya/NNP/LOCATION 's/'s/POS state/state/NN house/house/NN said/say/VBD ././.");
  private static final String HEAD = "det(3,1) nummod(3,2) nsubj(4,3) nsubj(10,3) ";
  private static final String MIDDLE = "case(6,5) obl:in(4,6) case(8,7) obl:on(4,8) cc(10,9) conj:and(4,10) ";
  private static final String TAIL = "det(12,11) nsubj:xsubj(14,12) obj(10,12) mark(14,13) xcomp(10,14) det(16,15) obj(14,16) case(20,17) det(20,18) "
      + "amod(20,19) nmod:of(16,20) case(23,21) det(23,22) obl:at(14,23) case(28,24) det(28,25) compound(28,26) compound(28,27) nmod:of(23,28) "
      + "punct(28,29) nmod:poss(33,30) case(30,31) compound(33,32) ";

  @Test
  void aSubjectlessClosingSayingSpeaksThroughTheAppositionBeforeItAndReportsItsActs() {
    MET.assertRepairs(REPAIR, HEAD + "dep(34,4) " + MIDDLE + "dep(34,10) " + TAIL + "appos(28,33) root(0,34) punct(34,35)",
        HEAD + "ccomp(34,4) " + MIDDLE + "ccomp(34,10) " + TAIL + "nsubj(34,33) root(0,34) punct(34,35)");
  }

  @Test
  void anActReadAsTheSayingsClausalSubjectIsWhatItReports() {
    // "Kenya and Uganda resumed talks in Arusha under Tanzanian mediation, Tanzania's foreign ministry said."
    HandParse resumed = HandParse.of("Kenya/Kenya/NNP/LOCATION and/and/CC Uganda/Uganda/NNP/LOCATION resumed/resume/VBD talks/talk/NNS in/in/IN Arusha/Arusha/NNP/LOCATION "
        + "under/under/IN Tanzanian/Tanzanian/JJ mediation/mediation/NN ,/,/, Tanzania/Tanzania/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD ././.");
    String common = "cc(3,2) conj:and(1,3) nsubj(4,1) nsubj(4,3) obj(4,5) case(7,6) nmod:in(5,7) case(10,8) amod(10,9) nmod:under(5,10) punct(10,11) "
        + "nmod:poss(15,12) case(12,13) amod(15,14) ";
    resumed.assertRepairs(REPAIR, common + "csubj(16,4) appos(10,15) root(0,16) punct(16,17)", common + "ccomp(16,4) nsubj(16,15) root(0,16) punct(16,17)");
  }

  @Test
  void aSayingWithItsSubjectIsLeftAlone() {
    MET.assertLeavesAlone(REPAIR, HEAD + "ccomp(34,4) " + MIDDLE + "ccomp(34,10) " + TAIL + "nsubj(34,33) root(0,34) punct(34,35)");
  }
}
