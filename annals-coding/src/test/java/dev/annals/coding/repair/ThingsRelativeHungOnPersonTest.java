package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ThingsRelativeHungOnPersonTest {
  private static final ParseRepair REPAIR = new ThingsRelativeHungOnPerson();
  // "Chile asked Peru for access to the captain, which was granted."
  private static final HandParse ASKED = HandParse.of("Chile/Chile/NNP/LOCATION asked/ask/VBD Peru/Peru/NNP/LOCATION for/for/IN access/access/NN to/to/IN "
      + "the/the/DT captain/captain/NN ,/,/, which/which/WDT was/be/VBD granted/grant/VBN ././.");
  private static final String COMMON = "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:for(2,5) case(8,6) det(8,7) nmod:to(5,8) punct(8,9) aux:pass(12,11) punct(2,13) ";

  @Test
  void aWhichClauseOnAPersonDescribesTheThingThePersonIsOf() {
    ASKED.assertRepairs(REPAIR, COMMON + "nsubj:pass(12,8) ref(8,10) acl:relcl(8,12)", COMMON + "nsubj:pass(12,5) ref(5,10) acl:relcl(5,12)");
  }

  @Test
  void aNumberStandingForPeopleIsAPersonToo() {
    // "Chile asked for access to the two, which Peru granted.": the object of the granting is the access.
    HandParse.of("Chile/Chile/NNP/LOCATION asked/ask/VBD for/for/IN access/access/NN to/to/IN the/the/DT two/two/CD ,/,/, which/which/WDT "
        + "Peru/Peru/NNP/LOCATION granted/grant/VBD ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:for(2,4) case(7,5) det(7,6) nmod:to(4,7) punct(7,8) nsubj(11,10) punct(2,12) obj(11,7) ref(7,9) acl:relcl(7,11)",
            "nsubj(2,1) root(0,2) case(4,3) obl:for(2,4) case(7,5) det(7,6) nmod:to(4,7) punct(7,8) nsubj(11,10) punct(2,12) obj(11,4) ref(4,9) acl:relcl(4,11)");
  }

  @Test
  void aWhoClauseIsLeftAlone() {
    HandParse.of("Chile/Chile/NNP/LOCATION asked/ask/VBD Peru/Peru/NNP/LOCATION for/for/IN access/access/NN to/to/IN "
        + "the/the/DT captain/captain/NN ,/,/, who/who/WP was/be/VBD held/hold/VBN ././.")
        .assertLeavesAlone(REPAIR, COMMON + "nsubj:pass(12,8) ref(8,10) acl:relcl(8,12)");
  }
}
