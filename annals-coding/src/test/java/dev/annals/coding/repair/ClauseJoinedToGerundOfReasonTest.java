package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ClauseJoinedToGerundOfReasonTest {
  private static final ParseRepair REPAIR = new ClauseJoinedToGerundOfReason();

  @Test
  void aPastVerbWithItsOwnSubjectJoinedToTheGerundIsJoinedToTheMainVerb() {
    // "Paz thanked Brazil for helping, and Lula accepted an invitation."
    HandParse.of("Paz/Paz/NNP/PERSON thanked/thank/VBD Brazil/Brazil/NNP/LOCATION for/for/IN helping/help/VBG ,/,/, and/and/CC Lula/Lula/NNP/PERSON "
        + "accepted/accept/VBD an/a/DT invitation/invitation/NN ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:for(2,5) punct(9,6) cc(9,7) nsubj(9,8) advcl:for(2,9) conj:and(5,9) det(11,10) obj(9,11) punct(2,12)",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:for(2,5) punct(9,6) cc(9,7) nsubj(9,8) conj:and(2,9) det(11,10) obj(9,11) punct(2,12)");
  }

  @Test
  void aSecondGerundOfTheSameReasonIsLeftAlone() {
    // "Paz thanked Brazil for helping and sending fuel": "sending" has no subject of its own.
    HandParse.of("Paz/Paz/NNP/PERSON thanked/thank/VBD Brazil/Brazil/NNP/LOCATION for/for/IN helping/help/VBG and/and/CC sending/send/VBG fuel/fuel/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:for(2,5) cc(7,6) conj:and(5,7) obj(7,8) punct(2,9)");
  }
}
