package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SecondThatClauseHungOnFirstTest {
  private static final ParseRepair REPAIR = new SecondThatClauseHungOnFirst();
  // "Trump told reporters that the government was terrified of the cartels and that U.S. forces could act alone."
  private static final HandParse TOLD = HandParse.of(
      "Trump/Trump/NNP/PERSON told/tell/VBD reporters/reporter/NNS that/that/IN the/the/DT government/government/NN was/be/VBD terrified/terrify/VBN "
          + "of/of/IN the/the/DT cartels/cartel/NNS and/and/CC that/that/IN U.S./U.S./NNP/LOCATION forces/force/NNS could/could/MD act/act/VB alone/alone/RB ././.");
  private static final String START = "nsubj(2,1) root(0,2) obj(2,3) mark(8,4) det(6,5) nsubj:pass(8,6) aux:pass(8,7) ccomp(2,8) case(11,9) det(11,10) obl:of(8,11) ";
  private static final String TOLD_REPAIRED = START + "cc(17,12) mark(17,13) compound(15,14) nsubj(17,15) aux(17,16) ccomp(2,17) advmod(17,18) punct(2,19) conj:and(8,17)";

  @Test
  void aSecondThatClauseAfterAndIsASecondComplementOfTheSaying() {
    TOLD.assertRepairs(REPAIR, START + "cc(8,12) mark(17,13) compound(15,14) nsubj(17,15) aux(17,16) obl(8,17) advmod(17,18) punct(2,19)", TOLD_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    TOLD.assertLeavesAlone(REPAIR, TOLD_REPAIRED);
  }

  @Test
  void aThatClauseWithNoFirstComplementBeforeItIsLeftAlone() {
    // "The government was terrified of the cartels and that forces could act" has no saying's complement before.
    HandParse.of("The/the/DT government/government/NN was/be/VBD terrified/terrify/VBN of/of/IN cartels/cartel/NNS and/and/CC that/that/IN forces/force/NNS "
        + "could/could/MD act/act/VB ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) case(6,5) obl:of(4,6) cc(4,7) mark(11,8) nsubj(11,9) aux(11,10) obl(4,11) punct(4,12)");
  }
}
