package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class OutOfReadAsPrepositionTest {
  private static final ParseRepair REPAIR = new OutOfReadAsPreposition();

  @Test
  void outOfAfterAVerbOfLeavingIsItsParticleAndAnOfPhrase() {
    // "Chile pulled out of the talks ."
    HandParse.of("Chile/Chile/NNP/LOCATION pulled/pull/VBD out/out/IN of/of/IN the/the/DT talks/talk/NNS ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) case(6,3) fixed(3,4) det(6,5) obl:out_of(2,6) punct(2,7)",
            "nsubj(2,1) root(0,2) compound:prt(2,3) case(6,4) det(6,5) obl:of(2,6) punct(2,7)");
  }

  @Test
  void outOfAfterAnotherVerbStaysAPreposition() {
    // "Chile sold arms out of Peru ."
    HandParse.of("Chile/Chile/NNP/LOCATION sold/sell/VBD arms/arm/NNS out/out/IN of/of/IN Peru/Peru/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(6,4) fixed(4,5) obl:out_of(2,6) punct(2,7)");
  }

  @Test
  void outOfAfterAnObjectMovedOutStaysAPreposition() {
    // "Chile pulled its diplomats out of Peru ."
    HandParse.of("Chile/Chile/NNP/LOCATION pulled/pull/VBD its/its/PRP$ diplomats/diplomat/NNS out/out/IN of/of/IN Peru/Peru/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(7,5) fixed(5,6) obl:out_of(2,7) punct(2,8)");
  }
}
