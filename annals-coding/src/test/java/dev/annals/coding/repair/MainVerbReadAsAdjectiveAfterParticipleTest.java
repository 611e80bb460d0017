package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbReadAsAdjectiveAfterParticipleTest {
  private static final ParseRepair REPAIR = new MainVerbReadAsAdjectiveAfterParticiple();
  // "Forces led by Chile struck rebel positions."
  private static final HandParse STRUCK = HandParse.of(
      "Forces/force/NNS led/lead/VBN by/by/IN Chile/Chile/NNP/LOCATION struck/strike/VBD rebel/rebel/NN positions/position/NNS ././.");
  private static final String STRUCK_REPAIRED = "acl(1,2) nsubj(5,1) root(0,5) case(4,3) obl:by(2,4) compound(7,6) obj(5,7) punct(5,8)";
  // "Forces were led by Chile." has its auxiliary: no misparse.
  private static final HandParse WERE_LED = HandParse.of("Forces/force/NNS were/be/VBD led/lead/VBN by/by/IN Chile/Chile/NNP/LOCATION ././.");

  @Test
  void theVerbAfterTheAgentIsTheSentencesAndTheParticipleDescribesItsSubject() {
    STRUCK.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:by(2,4) amod(7,5) compound(7,6) obj(2,7) punct(2,8)", STRUCK_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    STRUCK.assertLeavesAlone(REPAIR, STRUCK_REPAIRED);
  }

  @Test
  void aPassiveWithItsAuxiliaryIsLeftAlone() {
    WERE_LED.assertLeavesAlone(REPAIR, "nsubj:pass(3,1) aux:pass(3,2) root(0,3) case(5,4) obl:agent(3,5) punct(3,6)");
  }
}
