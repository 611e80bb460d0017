package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SubjectOfOrderedParticipleTest {
  private static final ParseRepair REPAIR = new SubjectOfOrderedParticiple();
  // "Kazakh police said 20 of them had been ordered deported by local courts on Monday."
  private static final HandParse ORDERED = HandParse.of(
      "Kazakh/Kazakh/JJ police/police/NNS said/say/VBD 20/20/CD of/of/IN them/they/PRP had/have/VBD been/be/VBN ordered/order/VBN deported/deport/VBN "
          + "by/by/IN local/local/JJ courts/court/NNS on/on/IN Monday/Monday/NNP ././.");
  private static final String PARSE = "amod(2,1) nsubj(3,2) root(0,3) det:qmod(6,4) fixed(4,5) nsubj:pass(9,6) aux(9,7) aux:pass(9,8) ccomp(3,9) xcomp(9,10) "
      + "case(13,11) amod(13,12) obl:by(10,13) case(15,14) obl:on(10,15) punct(3,16)";

  @Test
  void theParticipleOfWhatWasOrderedTakesThePassiveSubjectOfTheOrder() {
    ORDERED.assertRepairs(REPAIR, PARSE, PARSE + " nsubj:pass(10,6) aux(10,7) aux:pass(10,8)");
  }

  @Test
  void aParticipleWithASubjectOfItsOwnIsLeftAlone() {
    ORDERED.assertLeavesAlone(REPAIR, PARSE + " nsubj:pass(10,6) aux(10,7) aux:pass(10,8)");
  }
}
