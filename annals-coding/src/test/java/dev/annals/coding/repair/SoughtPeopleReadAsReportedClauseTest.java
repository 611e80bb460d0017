package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SoughtPeopleReadAsReportedClauseTest {
  private static final ParseRepair REPAIR = new SoughtPeopleReadAsReportedClause();

  @Test
  void theMenWantedAreWhatIsHandedOver() {
    // "Morocco handed over two men wanted in Belgium."
    HandParse.of("Morocco/Morocco/NNP/LOCATION handed/hand/VBD over/over/RP two/two/CD men/man/NNS wanted/want/VBD in/in/IN Belgium/Belgium/NNP/LOCATION ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) compound:prt(2,3) nummod(5,4) nsubj(6,5) ccomp(2,6) case(8,7) obl:in(6,8) punct(2,9)",
            "nsubj(2,1) root(0,2) compound:prt(2,3) nummod(5,4) obj(2,5) acl(5,6) case(8,7) obl:in(6,8) punct(2,9)");
  }

  @Test
  void aClauseOfAVerbOfSayingIsLeftAlone() {
    // "Police believe two men wanted in Belgium." (what the police believe: the men wanted to be there)
    HandParse.of("Police/police/NNS believe/believe/VBP two/two/CD men/man/NNS wanted/want/VBD in/in/IN Belgium/Belgium/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nummod(4,3) nsubj(5,4) ccomp(2,5) case(7,6) obl:in(5,7) punct(2,8)");
  }
}
