package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativeOfPeopleHungOnPlaceTest {
  private static final ParseRepair REPAIR = new RelativeOfPeopleHungOnPlace();
  // "citizens arrested in Lima, whom Peru accuses of spying"
  private static final HandParse CITIZENS = HandParse.of("citizens/citizen/NNS arrested/arrest/VBN in/in/IN Lima/Lima/NNP/LOCATION ,/,/, whom/whom/WP "
      + "Peru/Peru/NNP/LOCATION accuses/accuse/VBZ of/of/IN spying/spying/NN");
  private static final String REST = "root(0,1) acl(1,2) case(4,3) obl:in(2,4) punct(1,5) nsubj(8,7) case(10,9) obl:of(8,10)";

  @Test
  void whomNamesThePeopleNotThePlace() {
    CITIZENS.assertRepairs(REPAIR, REST + " obj(8,4) ref(4,6) acl:relcl(4,8)", REST + " obj(8,1) ref(1,6) acl:relcl(1,8)");
  }

  @Test
  void whichMayNameThePlace() {
    HandParse.of("citizens/citizen/NNS arrested/arrest/VBN in/in/IN Lima/Lima/NNP/LOCATION ,/,/, which/which/WDT Peru/Peru/NNP/LOCATION rules/rule/VBZ")
        .assertLeavesAlone(REPAIR, "root(0,1) acl(1,2) case(4,3) obl:in(2,4) punct(1,5) obj(8,4) ref(4,6) nsubj(8,7) acl:relcl(4,8)");
  }
}
