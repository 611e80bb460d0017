package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class VerbReadAsAuxiliaryOfGerundTest {
  private static final ParseRepair REPAIR = new VerbReadAsAuxiliaryOfGerund();
  // "Benin condemned the killings, denied sheltering the gangs and said ..."
  private static final HandParse DENIED = HandParse.of("Benin/Benin/NNP/LOCATION condemned/condemn/VBD the/the/DT killings/killing/NNS ,/,/, denied/deny/VBD "
      + "sheltering/shelter/VBG the/the/DT gangs/gang/NNS ././.");

  @Test
  void theFiniteVerbTakenForAnAuxiliaryIsTheVerbAndTheGerundItsComplement() {
    DENIED.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(7,5) nsubj(7,1) aux(7,6) conj:and(2,7) det(9,8) obj(7,9) punct(2,10)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(7,5) nsubj(6,1) xcomp(6,7) conj:and(2,6) det(9,8) obj(7,9) punct(2,10)");
  }

  @Test
  void aTrueAuxiliaryIsLeftAlone() {
    // "Benin was sheltering the gangs."
    HandParse.of("Benin/Benin/NNP/LOCATION was/be/VBD sheltering/shelter/VBG the/the/DT gangs/gang/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)");
  }
}
