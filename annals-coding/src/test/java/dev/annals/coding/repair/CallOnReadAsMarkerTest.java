package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class CallOnReadAsMarkerTest {
  private static final ParseRepair REPAIR = new CallOnReadAsMarker();
  // "Zelensky called on allies to send weapons."
  private static final HandParse APPEAL = HandParse.of(
      "Zelensky/Zelensky/NNP/PERSON called/call/VBD on/on/IN allies/ally/NNS to/to/TO send/send/VB weapons/weapon/NNS ././.");
  private static final String APPEAL_REPAIRED = "nsubj(2,1) root(0,2) mark(6,5) obj(6,7) punct(2,8) compound:prt(2,3) obj(2,4) xcomp(2,6) nsubj:xsubj(6,4)";

  @Test
  void theAddresseeOfTheCallIsItsObjectAndControlsTheAct() {
    // "on" the marker of "send", the allies its subject.
    APPEAL.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) mark(6,5) advcl:to(2,6) obj(6,7) punct(2,8)", APPEAL_REPAIRED);
  }

  @Test
  void aDayBetweenCalledAndOnIsPassedOver() {
    // "Zelensky called Thursday on allies to send weapons."
    HandParse.of("Zelensky/Zelensky/NNP/PERSON called/call/VBD Thursday/Thursday/NNP/DATE on/on/IN allies/ally/NNS to/to/TO send/send/VB weapons/weapon/NNS ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obl:tmod(2,3) mark(7,4) nsubj(7,5) mark(7,6) advcl:to(2,7) obj(7,8) punct(2,9)",
            "nsubj(2,1) root(0,2) obl:tmod(2,3) mark(7,6) obj(7,8) punct(2,9) compound:prt(2,4) obj(2,5) xcomp(2,7) nsubj:xsubj(7,5)");
  }

  @Test
  void anActHungOnAClauseMadeTheComplementOfCalledIsTheCallsAndTheClauseIsLeftLoose() {
    // "Syria called on Israel to withdraw from positions it held": "withdraw" an adverbial clause
    // of "held", "held" the complement of "called".
    HandParse.of("Syria/Syria/NNP/LOCATION called/call/VBD on/on/IN Israel/Israel/NNP/LOCATION to/to/TO withdraw/withdraw/VB from/from/IN "
            + "positions/position/NNS it/it/PRP held/hold/VBD ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) mark(6,5) advcl:to(10,6) case(8,7) obl:from(6,8) nsubj(10,9) ccomp(2,10) punct(2,11)",
            "nsubj(2,1) root(0,2) mark(6,5) case(8,7) obl:from(6,8) nsubj(10,9) punct(2,11) dep(2,10) compound:prt(2,3) obj(2,4) xcomp(2,6) nsubj:xsubj(6,4)");
  }

  @Test
  void theAppealParsedRightIsLeftAlone() {
    APPEAL.assertLeavesAlone(REPAIR, APPEAL_REPAIRED);
  }

  @Test
  void anActHungOnAnotherVerbIsTheCallJustBeforeItsOn() {
    // "ECOWAS offered to mediate and called on both governments to settle the matter": "called"
    // joined to "mediate", "settle" an adverbial clause of "mediate".
    HandParse.of("ECOWAS/ECOWAS/NNP/ORGANIZATION offered/offer/VBD to/to/TO mediate/mediate/VB and/and/CC called/call/VBN on/on/IN both/both/DT "
            + "governments/government/NNS to/to/TO settle/settle/VB the/the/DT matter/matter/NN ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) cc(6,5) xcomp(2,6) conj:and(4,6) mark(11,7) det(9,8) nsubj(11,9) mark(11,10) "
                + "advcl:to(4,11) det(13,12) obj(11,13) punct(2,14)",
            "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) cc(6,5) xcomp(2,6) conj:and(4,6) det(9,8) mark(11,10) det(13,12) obj(11,13) "
                + "punct(2,14) compound:prt(6,7) obj(6,9) xcomp(6,11) nsubj:xsubj(11,9)");
  }
}
