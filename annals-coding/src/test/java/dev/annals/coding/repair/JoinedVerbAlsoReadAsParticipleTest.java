package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JoinedVerbAlsoReadAsParticipleTest {
  private static final ParseRepair REPAIR = new JoinedVerbAlsoReadAsParticiple();
  // "The information minister said the shipment had come from an Omani port and called on Muscat to tighten its controls."
  private static final HandParse CALLED = HandParse.of(
      "The/the/DT information/information/NN minister/minister/NN said/say/VBD the/the/DT shipment/shipment/NN had/have/VBD come/come/VBN from/from/IN "
          + "an/an/DT Omani/Omani/NNP port/port/NN and/and/CC called/call/VBN on/on/IN Muscat/Muscat/NNP/LOCATION to/to/TO tighten/tighten/VB its/its/PRP$ "
          + "controls/control/NNS ././.");
  private static final String START = "det(3,1) compound(3,2) nsubj(4,3) root(0,4) det(6,5) nsubj(8,6) obj(4,6) aux(8,7) ccomp(4,8) case(12,9) det(12,10) "
      + "compound(12,11) obl:from(8,12) cc(14,13) conj:and(4,14) compound:prt(14,15) obj(14,16) nsubj:xsubj(18,16) mark(18,17) nmod:poss(20,19) obj(18,20) punct(4,21) ";

  @Test
  void aVerbAfterAndJoinedToASubjectsVerbIsItsSecondActNotAParticiple() {
    CALLED.assertRepairs(REPAIR, START + "acl(6,14) xcomp(4,18)", START + "nsubj(14,3) xcomp(14,18)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CALLED.assertLeavesAlone(REPAIR, START + "nsubj(14,3) xcomp(14,18)");
  }
}
