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

  @Test
  void aClauseSetBesideTheMainOneIsTheNounsRelativeClauseUnlessItSays() {
    // "They sanctioned ministers it accused of fraud."
    HandParse accused = HandParse.of("They/they/PRP sanctioned/sanction/VBD ministers/minister/NNS it/it/PRP accused/accuse/VBD of/of/IN fraud/fraud/NN ././.");
    accused.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) nsubj(5,4) parataxis(2,5) case(7,6) obl:of(5,7) punct(2,8)",
        "nsubj(2,1) root(0,2) obj(2,3) nsubj(5,4) acl:relcl(3,5) case(7,6) obl:of(5,7) punct(2,8) obj(5,3)");
    // "They sanctioned ministers, officials said." is a closing attribution.
    HandParse.of("They/they/PRP sanctioned/sanction/VBD ministers/minister/NNS officials/official/NNS said/say/VBD ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) nsubj(5,4) parataxis(2,5) punct(2,6)");
  }
}
