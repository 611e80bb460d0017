package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class NounModifierReadAsVerbTest {
  private static final ParseRepair REPAIR = new NounModifierReadAsVerb();
  // "A US drone strike killed a commander."
  private static final HandParse STRIKE = HandParse.of(
      "A/a/DT US/US/NNP/LOCATION drone/drone/VB strike/strike/NN killed/kill/VBD a/a/DT commander/commander/NN ././.");
  private static final String STRIKE_REPAIRED = "det(4,1) compound(4,2) root(0,5) nsubj(5,4) compound(4,3) det(7,6) obj(5,7) punct(5,8)";

  @Test
  void theBareVerbBeforeTheSubjectIsANounModifier() {
    STRIKE.assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) nsubj(5,4) ccomp(3,5) det(7,6) obj(5,7) punct(3,8)", STRIKE_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    STRIKE.assertLeavesAlone(REPAIR, STRIKE_REPAIRED);
  }

  @Test
  void anImperativeWithItsOwnClauseChangesNothing() {
    // "Tell me what happened.": the verb's next word is no subject of its complement.
    HandParse.of("Tell/tell/VB me/me/PRP what/what/WP happened/happen/VBD ././.")
        .assertLeavesAlone(REPAIR, "root(0,1) iobj(1,2) nsubj(4,3) ccomp(1,4) punct(1,5)");
  }

  @Test
  void underALaterVerbOfSayingTheClauseBecomesWhatIsSaid() {
    // "A US drone strike killed a commander, officials said."
    HandParse.of("A/a/DT US/US/NNP/LOCATION drone/drone/VB strike/strike/NN killed/kill/VBD a/a/DT commander/commander/NN ,/,/, officials/official/NNS said/say/VBD ././.")
        .assertRepairs(REPAIR,
            "det(2,1) nsubj(3,2) advcl(10,3) nsubj(5,4) ccomp(3,5) det(7,6) obj(5,7) punct(10,8) nsubj(10,9) root(0,10) punct(10,11)",
            "det(4,1) compound(4,2) ccomp(10,5) nsubj(5,4) compound(4,3) det(7,6) obj(5,7) punct(10,8) nsubj(10,9) root(0,10) punct(10,11)");
  }
}
