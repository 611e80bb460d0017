package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectOfHelpReadAsSubjectTest {
  private static final ParseRepair REPAIR = new ObjectOfHelpReadAsSubject();
  // "The FAO would help both countries trace the outbreak."
  private static final HandParse HELP = HandParse.of("The/the/DT FAO/FAO/NNP/ORGANIZATION would/would/MD help/help/VB both/both/DT countries/country/NNS "
      + "trace/trace/VBP the/the/DT outbreak/outbreak/NN ././.");
  private static final String REPAIRED = "det(2,1) nsubj(4,2) aux(4,3) root(0,4) det(6,5) obj(4,6) xcomp(4,7) det(9,8) obj(7,9) punct(4,10) nsubj:xsubj(7,6)";

  @Test
  void theHelpedReadAsTheSubjectOfTheBareVerbAreHelpsObject() {
    HELP.assertRepairs(REPAIR, "det(2,1) nsubj(4,2) aux(4,3) root(0,4) det(6,5) nsubj(7,6) ccomp(4,7) det(9,8) obj(7,9) punct(4,10)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    HELP.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void aThatClauseAfterAnotherVerbIsLeftAlone() {
    // "Chad said Niger helped rebels."
    HandParse.of("Chad/Chad/NNP/LOCATION said/say/VBD Niger/Niger/NNP/LOCATION helped/help/VBD rebels/rebel/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) obj(4,5) punct(2,6)");
  }

  @Test
  void aGerundOfHelpIsLeftAlone() {
    // "accused them of helping Russia buy parts": whose help it is the parse cannot tell.
    HandParse.of("Chad/Chad/NNP/LOCATION accused/accuse/VBD them/they/PRP of/of/IN helping/help/VBG Russia/Russia/NNP/LOCATION buy/buy/VBP parts/part/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) nsubj(7,6) ccomp(5,7) obj(7,8) punct(2,9)");
  }

  @Test
  void aHelpWithNoSubjectOfItsOwnIsLeftAlone() {
    // "welcomed the deal, which it said would help Europe replace gas": the deal helps, hung loose on "said".
    HandParse.of("Rome/Rome/NNP/LOCATION welcomed/welcome/VBD the/the/DT deal/deal/NN ,/,/, which/which/WDT it/it/PRP said/say/VBD would/would/MD "
        + "help/help/VB Europe/Europe/NNP/LOCATION replace/replace/VB gas/gas/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) ref(4,6) nsubj(8,7) acl:relcl(4,8) aux(10,9) dep(8,10) nsubj(12,11) "
            + "ccomp(10,12) obj(12,13) punct(2,14)");
  }
}
