package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SpeakersVerbReadAsReportedTest {
  private static final ParseRepair REPAIR = new SpeakersVerbReadAsReported();
  // "Rebels said Chile was holding fighters and demanded their release."
  private static final HandParse DEMAND = HandParse.of(
      "Rebels/rebel/NNS said/say/VBD Chile/Chile/NNP/LOCATION was/be/VBD holding/hold/VBG fighters/fighter/NNS and/and/CC demanded/demand/VBD their/their/PRP$ release/release/NN ././.");
  private static final String DEMAND_REPAIRED =
      "nsubj(2,1) root(0,2) nsubj(5,3) nsubj(8,1) aux(5,4) ccomp(2,5) obj(5,6) cc(8,7) conj:and(2,8) nmod:poss(10,9) obj(8,10) punct(2,11)";

  @Test
  void aBarePastVerbJoinedToAReportedVerbWithAnAuxiliaryIsTheSpeakers() {
    DEMAND.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) nsubj(5,3) nsubj(8,3) aux(5,4) ccomp(2,5) obj(5,6) cc(8,7) conj:and(5,8) nmod:poss(10,9) obj(8,10) punct(2,11)",
        DEMAND_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    DEMAND.assertLeavesAlone(REPAIR, DEMAND_REPAIRED);
  }

  @Test
  void twoReportedPastVerbsStayReported() {
    // "Rebels said Chile seized the town and burned it.": no auxiliary to share.
    HandParse.of("Rebels/rebel/NNS said/say/VBD Chile/Chile/NNP/LOCATION seized/seize/VBD the/the/DT town/town/NN and/and/CC burned/burn/VBD it/it/PRP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj(4,3) nsubj(8,3) ccomp(2,4) det(6,5) obj(4,6) cc(8,7) conj:and(4,8) obj(8,9) punct(2,10)");
  }
}
