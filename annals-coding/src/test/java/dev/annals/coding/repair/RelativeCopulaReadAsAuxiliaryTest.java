package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativeCopulaReadAsAuxiliaryTest {
  private static final ParseRepair REPAIR = new RelativeCopulaReadAsAuxiliary();
  // "The men, who were due to fly to Hanoi through Doha, were charged with wildlife trafficking on Wednesday."
  private static final HandParse CHARGED = HandParse.of("The/the/DT men/man/NNS ,/,/, who/who/WP were/be/VBD due/due/JJ to/to/TO fly/fly/VB to/to/IN "
      + "Hanoi/Hanoi/NNP/LOCATION through/through/IN Doha/Doha/NNP/LOCATION ,/,/, were/be/VBD charged/charge/VBN with/with/IN wildlife/wildlife/NN "
      + "trafficking/trafficking/NN on/on/IN Wednesday/Wednesday/NNP ././.");

  @Test
  void theCopulaOfARelativeClauseReadAsTheMainVerbsAuxiliaryGoesBackToItsAdjective() {
    CHARGED.assertRepairs(REPAIR,
        "det(2,1) root(0,2) obj(15,2) punct(2,3) ref(2,4) aux:pass(15,5) nsubj:pass(15,6) mark(8,7) acl:to(6,8) case(10,9) obl:to(8,10) case(12,11) "
            + "obl:through(8,12) punct(15,13) aux:pass(15,14) acl:relcl(2,15) case(18,16) compound(18,17) obl:with(15,18) case(20,19) obl:on(15,20) punct(2,21)",
        "det(2,1) punct(2,3) ref(2,4) mark(8,7) acl:to(6,8) case(10,9) obl:to(8,10) case(12,11) obl:through(8,12) punct(15,13) aux:pass(15,14) case(18,16) "
            + "compound(18,17) obl:with(15,18) case(20,19) obl:on(15,20) punct(15,21) root(0,15) nsubj:pass(15,2) acl:relcl(2,6) nsubj(6,2) cop(6,5)");
  }

  @Test
  void aRelativeClauseWithAVerbOfItsOwnIsLeftAlone() {
    // "The men, who had flown to Hanoi, were charged.": parsed right.
    HandParse.of("The/the/DT men/man/NNS ,/,/, who/who/WP had/have/VBD flown/fly/VBN to/to/IN Hanoi/Hanoi/NNP/LOCATION ,/,/, were/be/VBD charged/charge/VBN ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj:pass(11,2) punct(2,3) ref(2,4) aux(6,5) acl:relcl(2,6) case(8,7) obl:to(6,8) punct(2,9) aux:pass(11,10) "
            + "root(0,11) punct(11,12)");
  }
}
