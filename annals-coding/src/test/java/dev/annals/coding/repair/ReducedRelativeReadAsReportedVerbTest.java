package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ReducedRelativeReadAsReportedVerbTest {
  private static final ParseRepair REPAIR = new ReducedRelativeReadAsReportedVerb();
  // "The minister warned that traders caught smuggling rice would be fined."
  private static final HandParse FINED = HandParse.of("The/the/DT minister/minister/NN warned/warn/VBD that/that/IN traders/trader/NNS "
      + "caught/catch/VBD smuggling/smuggle/VBG rice/rice/NN would/would/MD be/be/VB fined/fine/VBN ././.");

  @Test
  void theModalPassiveIsTheReportedVerbAndTheParticipleDescribesItsSubject() {
    FINED.assertRepairs(REPAIR,
        "det(2,1) nsubj(3,2) root(0,3) dep(6,4) nsubj(6,5) ccomp(3,6) amod(8,7) obj(6,8) aux(11,9) aux:pass(11,10) dep(6,11) punct(3,12)",
        "det(2,1) nsubj(3,2) root(0,3) mark(11,4) nsubj:pass(11,5) ccomp(3,11) amod(8,7) obj(6,8) aux(11,9) aux:pass(11,10) acl(5,6) punct(3,12)");
  }

  @Test
  void theClauseParsedRightIsLeftAlone() {
    FINED.assertLeavesAlone(REPAIR,
        "det(2,1) nsubj(3,2) root(0,3) mark(11,4) nsubj:pass(11,5) ccomp(3,11) amod(8,7) obj(6,8) aux(11,9) aux:pass(11,10) acl(5,6) punct(3,12)");
  }

  @Test
  void aPassiveWithoutAModalIsLeftAlone() {
    // "The minister said that traders caught rice and were fined." keeps "caught" as the verb.
    HandParse.of("The/the/DT minister/minister/NN said/say/VBD that/that/IN traders/trader/NNS caught/catch/VBD rice/rice/NN "
        + "and/and/CC were/be/VBD fined/fine/VBN ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) mark(6,4) nsubj(6,5) ccomp(3,6) obj(6,7) cc(10,8) aux:pass(10,9) dep(6,10) punct(3,11)");
  }
}
