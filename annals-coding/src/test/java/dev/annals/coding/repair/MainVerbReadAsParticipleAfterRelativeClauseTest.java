package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbReadAsParticipleAfterRelativeClauseTest {
  private static final ParseRepair REPAIR = new MainVerbReadAsParticipleAfterRelativeClause();
  // "Ireland, whose farmers sold butter to China, called on Beijing."
  private static final HandParse CALLED = HandParse.of(
      "Ireland/Ireland/NNP/LOCATION ,/,/, whose/whose/WP$ farmers/farmer/NNS sold/sell/VBD butter/butter/NN to/to/IN China/China/NNP/LOCATION ,/,/, called/call/VBN on/on/IN Beijing/Beijing/NNP/LOCATION ././.");
  private static final String CALLED_REPAIRED =
      "punct(1,2) nmod:poss(4,3) nsubj(5,4) acl:relcl(1,5) obj(5,6) case(8,7) nmod:to(6,8) punct(6,9) nsubj(10,1) case(12,11) obl:on(10,12) root(0,10) punct(10,13)";
  // "Butter, which farmers sold to China, rotted in warehouses stored near ports." (no main verb lost)
  private static final HandParse ROTTED = HandParse.of(
      "Butter/butter/NN ,/,/, which/which/WDT farmers/farmer/NNS sold/sell/VBD to/to/IN China/China/NNP/LOCATION ,/,/, rotted/rot/VBD ././.");

  @Test
  void theVerbAfterTheRelativeClauseIsTheSentencesAndTheNounItsSubject() {
    CALLED.assertRepairs(REPAIR,
        "root(0,1) punct(1,2) nmod:poss(4,3) nsubj(5,4) dep(1,5) obj(5,6) case(8,7) nmod:to(6,8) punct(6,9) acl(6,10) case(12,11) obl:on(10,12) punct(1,13)",
        CALLED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CALLED.assertLeavesAlone(REPAIR, CALLED_REPAIRED);
  }

  @Test
  void aSentenceWithAVerbForItsRootIsLeftAlone() {
    ROTTED.assertLeavesAlone(REPAIR, "nsubj(9,1) punct(1,2) obj(5,3) nsubj(5,4) acl:relcl(1,5) case(7,6) obl:to(5,7) punct(1,8) root(0,9) punct(9,10)");
  }

  // "Students that organised the march accused Vucic."
  private static final HandParse ORGANISED = HandParse.of(
      "Students/student/NNS that/that/WDT organised/organise/VBD the/the/DT march/march/NN accused/accuse/VBN Vucic/Vucic/NNP/PERSON ././.");

  @Test
  void aClauseNotSetOffEndsWhereAVerbWithAnObjectFollowsItsLastNoun() {
    ORGANISED.assertRepairs(REPAIR,
        "root(0,1) nsubj(3,1) ref(1,2) acl:relcl(1,3) det(5,4) obj(3,5) acl(5,6) obj(6,7) punct(1,8)",
        "root(0,6) nsubj(3,1) ref(1,2) acl:relcl(1,3) det(5,4) obj(3,5) nsubj(6,1) obj(6,7) punct(6,8)");
  }

  @Test
  void aParticipleWithoutAnObjectAfterAClauseNotSetOffStaysAParticiple() {
    ORGANISED.assertLeavesAlone(REPAIR, "root(0,1) nsubj(3,1) ref(1,2) acl:relcl(1,3) det(5,4) obj(3,5) acl(5,6) nmod(6,7) punct(1,8)");
  }
}
