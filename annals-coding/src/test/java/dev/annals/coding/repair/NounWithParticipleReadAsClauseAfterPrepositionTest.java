package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class NounWithParticipleReadAsClauseAfterPrepositionTest {
  private static final ParseRepair REPAIR = new NounWithParticipleReadAsClauseAfterPreposition();
  // "The children returned home after talks mediated by the Vatican."
  private static final HandParse MEDIATED = HandParse.of("The/the/DT children/child/NNS returned/return/VBD home/home/RB after/after/IN talks/talk/NNS "
      + "mediated/mediate/VBN by/by/IN the/the/DT Vatican/Vatican/NNP/LOCATION ././.");

  @Test
  void theNounIsThePrepositionsAndTheParticipleItsReducedRelative() {
    MEDIATED.assertRepairs(REPAIR,
        "det(2,1) nsubj(3,2) root(0,3) advmod(3,4) mark(7,5) nsubj(7,6) advcl:after(3,7) case(10,8) det(10,9) obl:by(7,10) punct(3,11)",
        "det(2,1) nsubj(3,2) root(0,3) advmod(3,4) case(6,5) acl(6,7) obl:after(3,6) case(10,8) det(10,9) obl:by(7,10) punct(3,11)");
  }

  @Test
  void aParticipleWithoutAByAgentIsLeftAlone() {
    // "The children returned home after talks ended." with "ended" tagged as a participle: no agent tells a passive.
    HandParse.of("The/the/DT children/child/NNS returned/return/VBD home/home/RB after/after/IN talks/talk/NNS ended/end/VBN ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) advmod(3,4) mark(7,5) nsubj(7,6) advcl:after(3,7) punct(3,8)");
  }

  @Test
  void aClauseWithItsAuxiliaryIsLeftAlone() {
    // "The children returned home after talks were mediated by the Vatican."
    HandParse.of("The/the/DT children/child/NNS returned/return/VBD home/home/RB after/after/IN talks/talk/NNS were/be/VBD mediated/mediate/VBN "
            + "by/by/IN the/the/DT Vatican/Vatican/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) advmod(3,4) mark(8,5) nsubj:pass(8,6) aux:pass(8,7) advcl:after(3,8) case(11,9) det(11,10) "
            + "obl:by(8,11) punct(3,12)");
  }
}
