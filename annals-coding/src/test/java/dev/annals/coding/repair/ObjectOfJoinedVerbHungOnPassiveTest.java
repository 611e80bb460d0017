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

  @Test
  void theNounsOwnWordsMayComeBetweenAndTheJoinedVerbBeTaggedAParticiple() {
    // "The agency said it had not been consulted and urged both governments to act."
    HandParse.of("The/the/DT agency/agency/NN said/say/VBD it/it/PRP had/have/VBD not/not/RB been/be/VBN consulted/consult/VBN and/and/CC "
        + "urged/urge/VBN both/both/DT governments/government/NNS to/to/TO act/act/VB ././.")
        .assertRepairs(REPAIR, "det(2,1) nsubj(3,2) nsubj(10,2) root(0,3) nsubj:pass(8,4) aux(8,5) advmod(8,6) aux:pass(8,7) ccomp(3,8) cc(10,9) "
            + "conj:and(3,10) det(12,11) obj(8,12) mark(14,13) xcomp(8,14) punct(3,15)",
            "det(2,1) nsubj(3,2) nsubj(10,2) root(0,3) nsubj:pass(8,4) aux(8,5) advmod(8,6) aux:pass(8,7) ccomp(3,8) cc(10,9) "
            + "conj:and(3,10) det(12,11) obj(10,12) mark(14,13) xcomp(10,14) punct(3,15)");
  }
}
