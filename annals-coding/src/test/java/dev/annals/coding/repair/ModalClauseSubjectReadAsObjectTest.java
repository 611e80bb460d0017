package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ModalClauseSubjectReadAsObjectTest {
  private static final ParseRepair REPAIR = new ModalClauseSubjectReadAsObject();
  // "He said he hoped the release would help Lima."
  private static final HandParse HELP = HandParse.of("He/he/PRP said/say/VBD he/he/PRP hoped/hope/VBD the/the/DT release/release/NN would/would/MD "
      + "help/help/VB Lima/Lima/NNP/LOCATION ././.");

  @Test
  void theObjectBeforeAModalVerbWithNoSubjectIsThatVerbsSubject() {
    HELP.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) aux(8,7) dep(2,8) obj(8,9) punct(2,10)",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) aux(8,7) obj(8,9) punct(2,10) nsubj(8,6) ccomp(4,8)");
  }

  @Test
  void theObjectOfSayingBeforeAPassiveModalClauseIsThatClausesPassiveSubject() {
    // "The minister offered condolences and said the bodies would be flown to Rome this week."
    HandParse.of("The/the/DT minister/minister/NN offered/offer/VBD condolences/condolence/NNS and/and/CC said/say/VBD the/the/DT bodies/body/NNS "
        + "would/would/MD be/be/VB flown/fly/VBN to/to/IN Rome/Rome/NNP/LOCATION this/this/DT week/week/NN ././.")
        .assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) obj(3,4) cc(6,5) conj:and(3,6) det(8,7) obj(6,8) aux(11,9) aux:pass(11,10) dep(3,11) case(13,12) "
            + "obl:to(11,13) det(15,14) obl:tmod(11,15) punct(3,16)",
            "det(2,1) nsubj(3,2) root(0,3) obj(3,4) cc(6,5) conj:and(3,6) det(8,7) aux(11,9) aux:pass(11,10) case(13,12) obl:to(11,13) det(15,14) "
            + "obl:tmod(11,15) punct(3,16) nsubj:pass(11,8) ccomp(6,11)");
  }

  @Test
  void theObjectOfTellingIsWhomOneTells() {
    HandParse.of("He/he/PRP told/tell/VBD the/the/DT minister/minister/NN would/would/MD help/help/VB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) aux(6,5) dep(2,6) punct(2,7)");
  }

  @Test
  void aVerbWithASubjectOfItsOwnIsLeftAsParsed() {
    // "He said he hoped the release, and they would help Lima" keeps its parse.
    HandParse.of("He/he/PRP said/say/VBD he/he/PRP hoped/hope/VBD the/the/DT release/release/NN would/would/MD they/they/PRP help/help/VB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) det(6,5) obj(4,6) aux(9,7) nsubj(9,8) dep(2,9) punct(2,10)");
  }
}
