package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectsRelativeHungOnVerbAfterItsTimeTest {
  private static final ParseRepair REPAIR = new ObjectsRelativeHungOnVerbAfterItsTime();
  // "Police seized two trucks on Monday that had been sent from Chile."
  private static final HandParse TRUCKS = HandParse.of("Police/police/NNS seized/seize/VBD two/two/CD trucks/truck/NNS on/on/IN Monday/Monday/NNP "
      + "that/that/WDT had/have/VBD been/be/VBN sent/send/VBN from/from/IN Chile/Chile/NNP/LOCATION ././.");

  @Test
  void theClauseAfterTheDayIsTheObjectsRelativeClause() {
    TRUCKS.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(6,5) obl:on(2,6) nsubj:pass(10,7) aux(10,8) aux:pass(10,9) dep(2,10) case(12,11) obl:from(10,12) punct(2,13)",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(6,5) obl:on(2,6) nsubj:pass(10,4) aux(10,8) aux:pass(10,9) acl:relcl(4,10) case(12,11) obl:from(10,12) punct(2,13) ref(4,7)");
  }

  @Test
  void aReportedClauseAfterTheDayIsLeftAlone() {
    // "Police said on Monday that trucks had been sent from Chile."
    HandParse.of("Police/police/NNS said/say/VBD on/on/IN Monday/Monday/NNP that/that/IN trucks/truck/NNS had/have/VBD been/be/VBN "
        + "sent/send/VBN from/from/IN Chile/Chile/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(9,5) nsubj:pass(9,6) aux(9,7) aux:pass(9,8) dep(2,9) case(11,10) obl:from(9,11) punct(2,12)");
  }
}
