package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ContactRelativeClauseTest {
  private static final ParseRepair REPAIR = new ContactRelativeClause();
  // "They broke a ceasefire the sides had signed."
  private static final HandParse BROKE = HandParse.of(
      "They/they/PRP broke/break/VBD a/a/DT ceasefire/ceasefire/NN the/the/DT sides/side/NNS had/have/VBD signed/sign/VBN ././.");
  private static final String START = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(6,5) nsubj(8,6) aux(8,7) ";
  private static final String REPAIRED = START + "acl:relcl(4,8) punct(2,9) obj(8,4)";

  @Test
  void aVerbWithItsOwnSubjectRightAfterANounIsTheNounsRelativeClause() {
    BROKE.assertRepairs(REPAIR, START + "xcomp(2,8) punct(2,9)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    BROKE.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void aComplementThatHasItsObjectIsLeftAlone() {
    // "They broke a promise the sides had made them": "made" has an object of its own.
    HandParse.of("They/they/PRP broke/break/VBD a/a/DT promise/promise/NN the/the/DT sides/side/NNS had/have/VBD made/make/VBN them/they/PRP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(6,5) nsubj(8,6) aux(8,7) xcomp(2,8) obj(8,9) punct(2,10)");
  }
}
