package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SpeakerReadAsAppositionTest {
  private static final ParseRepair REPAIR = new SpeakerReadAsApposition();
  // "NATO troops arrived in Bosnia, Defense Secretary William Perry said."
  private static final HandParse ARRIVAL = HandParse.of(
      "NATO/NATO/NNP/ORGANIZATION troops/troop/NNS arrived/arrive/VBD in/in/IN Bosnia/Bosnia/NNP/LOCATION ,/,/, Defense/Defense/NNP "
          + "Secretary/Secretary/NNP William/William/NNP/PERSON Perry/Perry/NNP/PERSON said/say/VBD ././.");
  private static final String ARRIVAL_REPAIRED =
      "compound(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(5,6) compound(10,7) compound(10,8) compound(10,9) dep(3,11) punct(3,12) nsubj(11,10)";

  @Test
  void theNameBeforeASubjectlessSaidIsItsSpeaker() {
    // The secretary in apposition to Bosnia, "said" hanging loose.
    ARRIVAL.assertRepairs(REPAIR,
        "compound(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(5,6) compound(10,7) compound(10,8) compound(10,9) appos(5,10) dep(3,11) punct(3,12)",
        ARRIVAL_REPAIRED);
  }

  @Test
  void theSpeakerParsedRightIsLeftAlone() {
    ARRIVAL.assertLeavesAlone(REPAIR, ARRIVAL_REPAIRED);
  }

  @Test
  void anAppositionBeforeASaidWithItsOwnSubjectStays() {
    // "Chile's ally, President Lula said so." read with "Lula" in apposition and "ally" the subject.
    HandParse.of("Chile/Chile/NNP/LOCATION 's/'s/POS ally/ally/NN ,/,/, President/President/NNP Lula/Lula/NNP/PERSON said/say/VBD so/so/RB ././.")
        .assertLeavesAlone(REPAIR, "nmod:poss(3,1) case(1,2) nsubj(7,3) punct(3,4) compound(6,5) appos(3,6) root(0,7) advmod(7,8) punct(7,9)");
  }
}
