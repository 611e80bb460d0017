package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class AdjectiveReadAsRootBeforeJoinedModifierTest {
  private static final ParseRepair REPAIR = new AdjectiveReadAsRootBeforeJoinedModifier();
  // "Chilean and New Zealand aircraft flew tents to Peru."
  private static final HandParse FLEW = HandParse.of("Chilean/Chilean/JJ and/and/CC New/New/NNP/LOCATION Zealand/Zealand/NNP/LOCATION aircraft/aircraft/NN "
      + "flew/fly/VBD tents/tent/NNS to/to/TO Peru/Peru/NNP/LOCATION ././.");

  @Test
  void theFirstWordModifiesTheSubjectBesideTheSecond() {
    FLEW.assertRepairs(REPAIR,
        "root(0,1) cc(6,2) compound(4,3) compound(5,4) nsubj(6,5) conj:and(1,6) obj(6,7) case(9,8) obl:to(6,9) punct(6,10)",
        "root(0,6) cc(4,2) compound(4,3) compound(5,4) nsubj(6,5) amod(5,1) conj:and(1,4) obj(6,7) case(9,8) obl:to(6,9) punct(6,10)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    FLEW.assertLeavesAlone(REPAIR, "amod(5,1) cc(4,2) compound(4,3) compound(5,4) conj:and(1,4) nsubj(6,5) root(0,6) obj(6,7) case(9,8) obl:to(6,9) punct(6,10)");
  }
}
