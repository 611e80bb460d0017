package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectOfJoinedVerbHungOnPassiveTest {
  private static final ParseRepair REPAIR = new ObjectOfJoinedVerbHungOnPassive();
  // "Fiji's prime minister said the migrants would be deported and thanked Australia for its help."
  private static final HandParse THANKED = HandParse.of(
      "Fiji/Fiji/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN said/say/VBD the/the/DT migrants/migrant/NNS would/would/MD "
          + "be/be/VB deported/deport/VBN and/and/CC thanked/thank/VBD Australia/Australia/NNP/LOCATION for/for/IN its/its/PRP$ help/help/NN ././.");
  private static final String REST = "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) nsubj(12,4) root(0,5) det(7,6) nsubj:pass(10,7) aux(10,8) "
      + "aux:pass(10,9) ccomp(5,10) cc(12,11) conj:and(5,12) case(16,14) nmod:poss(16,15) punct(5,17)";

  @Test
  void theNounAfterTheJoinedVerbIsItsObjectNotThePassives() {
    THANKED.assertRepairs(REPAIR, "obj(10,13) obl:for(10,16) " + REST, "obj(12,13) obl:for(12,16) " + REST);
  }

  @Test
  void anObjectOfAnActiveVerbOrOneNotRightAfterAJoinedVerbIsLeftAlone() {
    THANKED.assertLeavesAlone(REPAIR, "obj(12,13) obl:for(12,16) " + REST);
    // The passive's "object" with no joined verb before it.
    THANKED.assertLeavesAlone(REPAIR, "obj(10,16) obl:for(12,13) " + REST);
  }
}
