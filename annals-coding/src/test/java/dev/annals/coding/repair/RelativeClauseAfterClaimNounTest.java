package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativeClauseAfterClaimNounTest {
  private static final ParseRepair REPAIR = new RelativeClauseAfterClaimNoun();
  // "Chile accused Peru of sponsoring the rebels, a charge Lima rejected."
  private static final HandParse SENTENCE = HandParse.of(
      "Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN sponsoring/sponsor/VBG the/the/DT rebels/rebel/NNS ,/,/, "
          + "a/a/DT charge/charge/NN Lima/Lima/NNP/LOCATION rejected/reject/VBD ././.");
  private static final String REPAIRED =
      "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl(2,5) det(7,6) punct(7,8) det(10,9) appos(7,10) punct(2,13) nsubj(12,11) acl:relcl(10,12)";

  @Test
  void aNameBetweenAClaimInAppositionAndAVerbIsTheVerbsSubject() {
    // "rebels" the subject of "rejected", "Lima" hung on "charge", "rejected" a complement of "sponsoring".
    SENTENCE.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl(2,5) det(7,6) nsubj(12,7) punct(7,8) det(10,9) appos(7,10) dep(10,11) ccomp(5,12) punct(2,13)",
        REPAIRED);
  }

  @Test
  void theRelativeClauseParsedRightIsLeftAlone() {
    SENTENCE.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void aNounThatMakesNoClaimKeepsItsParse() {
    // "Chile accused Peru of sponsoring the rebels, a group Lima armed.": "group" answers nothing.
    HandParse.of("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN sponsoring/sponsor/VBG the/the/DT rebels/rebel/NNS ,/,/, "
            + "a/a/DT group/group/NN Lima/Lima/NNP/LOCATION armed/arm/VBD ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl(2,5) det(7,6) nsubj(12,7) punct(7,8) det(10,9) appos(7,10) dep(10,11) ccomp(5,12) punct(2,13)");
  }
}
