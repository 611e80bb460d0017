package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DestinationHungOnCargoParticipleTest {
  private static final ParseRepair REPAIR = new DestinationHungOnCargoParticiple();
  // "Oman sent two transport planes carrying tents and medicine to Tonga on Thursday."
  private static final HandParse SENT = HandParse.of("Oman/Oman/NNP/LOCATION sent/send/VBD two/two/CD transport/transport/NN planes/plane/NNS "
      + "carrying/carry/VBG tents/tent/NNS and/and/CC medicine/medicine/NN to/to/IN Tonga/Tonga/NNP/LOCATION on/on/IN Thursday/Thursday/NNP ././.");
  private static final String SHARED = "root(0,2) nsubj(2,1) obj(2,5) punct(2,14) nummod(5,3) compound(5,4) acl(5,6) obj(6,7) obj(6,9) "
      + "conj:and(7,9) cc(9,8) case(11,10) case(13,12)";

  @Test
  void whereAndWhenTheCraftWentAreTheSendersVerbs() {
    SENT.assertRepairs(REPAIR, SHARED + " obl:to(6,11) obl:on(6,13)", SHARED + " obl:to(2,11) obl:on(2,13)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SENT.assertLeavesAlone(REPAIR, SHARED + " obl:to(2,11) obl:on(2,13)");
  }
}
