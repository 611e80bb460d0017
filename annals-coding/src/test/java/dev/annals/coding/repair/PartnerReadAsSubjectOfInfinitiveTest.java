package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PartnerReadAsSubjectOfInfinitiveTest {
  private static final ParseRepair REPAIR = new PartnerReadAsSubjectOfInfinitive();

  @Test
  void theNameAfterWithIsTheAgreementsPartnerNotTheInfinitivesSubject() {
    // "France signed an agreement with Ivory Coast to train curators ."
    HandParse.of("France/France/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN with/with/IN Ivory/Ivory/NNP/LOCATION Coast/Coast/NNP/LOCATION "
            + "to/to/TO train/train/VB curators/curator/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(9,5) compound(7,6) nsubj(9,7) mark(9,8) acl:to(4,9) obj(9,10) punct(2,11)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) compound(7,6) nmod:with(4,7) mark(9,8) acl:to(4,9) obj(9,10) punct(2,11)");
  }

  @Test
  void anInfinitiveOnAVerbIsLeftAlone() {
    // "Sweden agreed with Denmark to set up a unit .": Denmark read as who sets it up, with Sweden.
    HandParse.of("Sweden/Sweden/NNP/LOCATION agreed/agree/VBD with/with/IN Denmark/Denmark/NNP/LOCATION to/to/TO set/set/VB up/up/RP a/a/DT unit/unit/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) mark(6,5) advcl:to(2,6) compound:prt(6,7) det(9,8) obj(6,9) punct(2,10)");
  }
}
