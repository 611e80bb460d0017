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
}
