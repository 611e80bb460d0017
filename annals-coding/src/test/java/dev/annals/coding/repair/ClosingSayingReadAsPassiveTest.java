package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ClosingSayingReadAsPassiveTest {
  private static final ParseRepair REPAIR = new ClosingSayingReadAsPassive();
  // "Finland and Estonia will patrol the gulf jointly to protect cables, their prime ministers announced in Tallinn on Monday."
  private static final HandParse ANNOUNCED = HandParse.of("Finland/Finland/NNP/LOCATION and/and/CC Estonia/Estonia/NNP/LOCATION will/will/MD "
      + "patrol/patrol/VB the/the/DT gulf/gulf/NN jointly/jointly/RB to/to/TO protect/protect/VB cables/cable/NNS ,/,/, their/their/PRP$ "
      + "prime/prime/JJ ministers/minister/NNS announced/announce/VBN in/in/IN Tallinn/Tallinn/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.");
  private static final String COMMON = "nsubj(5,1) cc(3,2) nsubj(5,3) conj:and(1,3) aux(5,4) det(7,6) obj(5,7) advmod(10,8) mark(10,9) xcomp(5,10) "
      + "obj(10,11) punct(10,12) nmod:poss(15,13) amod(15,14) case(18,17) obl:in(16,18) case(20,19) obl:on(16,20) punct(5,21) ";

  @Test
  void theClosingVerbOfSayingReadAsAPassiveIsTheSpeakersRoot() {
    ANNOUNCED.assertRepairs(REPAIR, COMMON + "root(0,5) nsubj:pass(16,15) dep(10,16)", COMMON + "ccomp(16,5) nsubj(16,15) root(0,16)");
  }

  @Test
  void aParticipleWithItsAuxiliaryIsLeftAlone() {
    ANNOUNCED.assertLeavesAlone(REPAIR, COMMON + "root(0,5) nsubj:pass(16,15) dep(10,16) aux:pass(16,14)");
  }

  @Test
  void soWhenAnEarlierRepairMadeTheSubjectActive() {
    ANNOUNCED.assertRepairs(REPAIR, COMMON + "root(0,5) nsubj(16,15) dep(10,16)", COMMON + "ccomp(16,5) nsubj(16,15) root(0,16)");
  }
}
