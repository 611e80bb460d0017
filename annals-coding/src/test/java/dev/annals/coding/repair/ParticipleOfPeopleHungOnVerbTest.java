package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ParticipleOfPeopleHungOnVerbTest {
  private static final ParseRepair REPAIR = new ParticipleOfPeopleHungOnVerb();
  // "Chile demanded access to its citizens arrested in Lima."
  private static final HandParse DEMANDED = HandParse.of("Chile/Chile/NNP/LOCATION demanded/demand/VBD access/access/NN to/to/IN its/its/PRP$ citizens/citizen/NNS "
      + "arrested/arrest/VBN in/in/IN Lima/Lima/NNP/LOCATION ././.");
  private static final String REST = "nsubj(2,1) root(0,2) obj(2,3) case(6,4) nmod:poss(6,5) nmod:to(3,6) case(9,8) obl:in(7,9) punct(2,10)";

  @Test
  void theParticipleDescribesThePeopleBeforeIt() {
    DEMANDED.assertRepairs(REPAIR, REST + " dep(2,7)", REST + " acl(6,7)");
  }

  @Test
  void aParticipleWithItsOwnSubjectIsLeftAlone() {
    DEMANDED.assertLeavesAlone(REPAIR, REST + " dep(2,7) nsubj:pass(7,5)");
  }

  @Test
  void aParticipleTaggedAsAPastVerbDescribesThePeopleToo() {
    // "It would pay the family of every worker killed."
    HandParse.of("It/it/PRP would/would/MD pay/pay/VB the/the/DT family/family/NN of/of/IN every/every/DT worker/worker/NN killed/kill/VBD ././.")
        .assertRepairs(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) nmod:of(5,8) dep(3,9) punct(3,10)",
            "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) nmod:of(5,8) acl(8,9) punct(3,10)");
  }

  @Test
  void aPastVerbWithAnObjectIsLeftAlone() {
    // "It would pay the family, workers killed them." (a loose clause of its own)
    HandParse.of("It/it/PRP would/would/MD pay/pay/VB the/the/DT family/family/NN of/of/IN every/every/DT worker/worker/NN killed/kill/VBD them/they/PRP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) nmod:of(5,8) dep(3,9) obj(9,10) punct(3,11)");
  }

  @Test
  void aPastVerbWithWordsOfItsOwnIsLeftAlone() {
    // "They fled the offensive against minorities carried out earlier.": the offensive was carried out, not the minorities.
    HandParse.of("They/they/PRP fled/flee/VBD the/the/DT offensive/offensive/NN against/against/IN minorities/minority/NNS carried/carry/VBD out/out/RP "
            + "earlier/earlier/RB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:against(4,6) dep(2,7) compound:prt(7,8) advmod(7,9) punct(2,10)");
  }
}
