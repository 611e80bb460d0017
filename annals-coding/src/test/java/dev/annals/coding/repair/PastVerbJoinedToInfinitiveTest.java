package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToInfinitiveTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToInfinitive();

  @Test
  void aPastVerbJoinedToAnInfinitiveGoesOnWithTheVerbThatGovernsIt() {
    // "Brazil offered to mediate and proposed talks." with "proposed" joined to "mediate".
    HandParse.of("Brazil/Brazil/NNP/LOCATION offered/offer/VBD to/to/TO mediate/mediate/VB and/and/CC proposed/propose/VBD talks/talk/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) cc(6,5) xcomp(2,6) conj:and(4,6) nsubj:xsubj(6,1) obj(6,7) punct(2,8)",
            "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) cc(6,5) conj:and(2,6) obj(6,7) punct(2,8) nsubj(6,1)");
  }

  @Test
  void anInfinitiveJoinedToAnInfinitiveIsLeftAlone() {
    // "Brazil offered to mediate and propose talks."
    HandParse.of("Brazil/Brazil/NNP/LOCATION offered/offer/VBD to/to/TO mediate/mediate/VB and/and/CC propose/propose/VB talks/talk/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) cc(6,5) conj:and(4,6) obj(6,7) punct(2,8)");
  }
}
