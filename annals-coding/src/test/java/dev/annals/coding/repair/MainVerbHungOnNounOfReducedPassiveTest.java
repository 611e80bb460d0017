package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbHungOnNounOfReducedPassiveTest {
  private static final ParseRepair REPAIR = new MainVerbHungOnNounOfReducedPassive();
  // "Twelve Ukrainian children taken to Russia during the war returned home on Friday after talks
  // mediated by the Vatican, Ukraine's human rights commissioner said."
  private static final HandParse RETURNED = HandParse.of("Twelve/twelve/CD Ukrainian/Ukrainian/JJ children/child/NNS taken/take/VBN to/to/IN "
      + "Russia/Russia/NNP/LOCATION during/during/IN the/the/DT war/war/NN returned/return/VBD home/home/RB on/on/IN Friday/Friday/NNP after/after/IN "
      + "talks/talk/NNS mediated/mediate/VBN by/by/IN the/the/DT Vatican/Vatican/NNP/LOCATION ,/,/, Ukraine/Ukraine/NNP/LOCATION 's/'s/POS "
      + "human/human/JJ rights/right/NNS commissioner/commissioner/NN said/say/VBD ././.");

  @Test
  void theLaterPastVerbIsTheClausesVerbAndTheParticipleDescribesItsSubject() {
    RETURNED.assertRepairs(REPAIR,
        "nummod(3,1) amod(3,2) nsubj:pass(4,3) ccomp(26,4) case(6,5) obl:to(4,6) case(9,7) det(9,8) obl:during(4,9) acl(9,10) advmod(10,11) "
            + "case(13,12) obl:on(10,13) mark(16,14) nsubj(16,15) advcl:after(4,16) case(19,17) det(19,18) obl:by(16,19) punct(19,20) "
            + "nmod:poss(25,21) case(21,22) amod(24,23) compound(25,24) nsubj(26,25) root(0,26) punct(4,27)",
        "nummod(3,1) amod(3,2) nsubj(10,3) ccomp(26,10) case(6,5) obl:to(4,6) case(9,7) det(9,8) obl:during(4,9) acl(3,4) advmod(10,11) "
            + "case(13,12) obl:on(10,13) mark(16,14) nsubj(16,15) advcl:after(10,16) case(19,17) det(19,18) obl:by(16,19) punct(19,20) "
            + "nmod:poss(25,21) case(21,22) amod(24,23) compound(25,24) nsubj(26,25) root(0,26) punct(10,27)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    RETURNED.assertLeavesAlone(REPAIR,
        "nummod(3,1) amod(3,2) nsubj(10,3) ccomp(26,10) case(6,5) obl:to(4,6) case(9,7) det(9,8) obl:during(4,9) acl(3,4) advmod(10,11) "
            + "case(13,12) obl:on(10,13) mark(16,14) nsubj(16,15) advcl:after(10,16) case(19,17) det(19,18) obl:by(16,19) punct(19,20) "
            + "nmod:poss(25,21) case(21,22) amod(24,23) compound(25,24) nsubj(26,25) root(0,26) punct(10,27)");
  }

  @Test
  void aPassiveWithItsAuxiliaryIsAClauseOfItsOwn() {
    // "Children were taken during the war that ended in May." keeps "ended" on the war.
    HandParse.of("Children/child/NNS were/be/VBD taken/take/VBN during/during/IN the/the/DT war/war/NN that/that/WDT ended/end/VBD in/in/IN May/May/NNP ././.")
        .assertLeavesAlone(REPAIR, "nsubj:pass(3,1) aux:pass(3,2) root(0,3) case(6,4) det(6,5) obl:during(3,6) nsubj(8,7) acl(6,8) case(10,9) obl:in(8,10) punct(3,11)");
  }

  @Test
  void aLaterVerbWithASubjectOfItsOwnIsLeftOnItsNoun() {
    // "Children taken during a war that they lost." as misparsed, with "lost" given its subject.
    HandParse.of("Children/child/NNS taken/take/VBN during/during/IN a/a/DT war/war/NN they/they/PRP lost/lose/VBD ././.")
        .assertLeavesAlone(REPAIR, "nsubj:pass(2,1) root(0,2) case(5,3) det(5,4) obl:during(2,5) nsubj(7,6) acl(5,7) punct(2,8)");
  }
}
