package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class AsPhraseHungOnObjectsParticipleTest {
  private static final ParseRepair REPAIR = new AsPhraseHungOnObjectsParticiple();

  @Test
  void theAsPhraseOfAParticipleOfTheObjectIsTheTreatingsOwn() {
    // "Chad would treat soldiers entering Chad as a target."
    HandParse.of("Chad/Chad/NNP/LOCATION would/would/MD treat/treat/VB soldiers/soldier/NNS entering/enter/VBG Chad/Chad/NNP/LOCATION as/as/IN "
            + "a/a/DT target/target/NN ././.")
        .assertRepairs(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) acl(4,5) obj(5,6) case(9,7) det(9,8) obl:as(5,9) punct(3,10)",
            "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) acl(4,5) obj(5,6) case(9,7) det(9,8) obl:as(3,9) punct(3,10)");
  }

  @Test
  void anAsPhraseOfAParticipleAfterAnotherVerbIsLeftAlone() {
    // "Chad arrested soldiers posing as traders."
    HandParse.of("Chad/Chad/NNP/LOCATION arrested/arrest/VBD soldiers/soldier/NNS posing/pose/VBG as/as/IN traders/trader/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) acl(3,4) case(6,5) obl:as(4,6) punct(2,7)");
  }
}
