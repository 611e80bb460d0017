package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SecondInfinitiveReadAsPurposeTest {
  private static final ParseRepair REPAIR = new SecondInfinitiveReadAsPurpose();
  // "Attaf called on the authorities to protect diplomats and to punish those responsible."
  private static final HandParse CALLED = HandParse.of(
      "Attaf/Attaf/NNP/PERSON called/call/VBD on/on/IN the/the/DT authorities/authority/NNS to/to/TO protect/protect/VB diplomats/diplomat/NNS and/and/CC "
          + "to/to/TO punish/punish/VB those/those/DT responsible/responsible/JJ ././.");
  private static final String CALLED_REPAIRED = "nsubj(2,1) root(0,2) compound:prt(2,3) det(5,4) obj(2,5) nsubj:xsubj(7,5) mark(7,6) xcomp(2,7) obj(7,8) "
      + "cc(11,9) mark(11,10) xcomp(2,11) obj(11,12) amod(12,13) punct(2,14) conj:and(7,11) nsubj:xsubj(11,5)";

  @Test
  void aSecondInfinitiveAfterAndIsASecondComplement() {
    CALLED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) compound:prt(2,3) det(5,4) obj(2,5) nsubj:xsubj(7,5) mark(7,6) xcomp(2,7) obj(7,8) "
        + "cc(2,9) mark(11,10) advcl:to(2,11) obj(11,12) amod(12,13) punct(2,14)", CALLED_REPAIRED);
  }

  @Test
  void aPurposeWithNoComplementBeforeItIsLeftAlone() {
    // "Attaf flew to Bamako and to Gao to meet officials." has no infinitive complement before it.
    HandParse.of("Attaf/Attaf/NNP/PERSON flew/fly/VBD and/and/CC to/to/TO meet/meet/VB officials/official/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) cc(2,3) mark(5,4) advcl:to(2,5) obj(5,6) punct(2,7)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CALLED.assertLeavesAlone(REPAIR, CALLED_REPAIRED);
  }
}
