package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DayHungOnPlaceOfHabitualClauseTest {
  private static final ParseRepair REPAIR = new DayHungOnPlaceOfHabitualClause();

  @Test
  void aDayHungOnAPlaceInAPresentTenseRelativeClauseIsTheMainVerbs() {
    // "Farmers blocked the road that links the port near Tema on Monday."
    HandParse.of("Farmers/farmer/NNS blocked/block/VBD the/the/DT road/road/NN that/that/WDT links/link/VBZ the/the/DT port/port/NN near/near/IN "
            + "Tema/Tema/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj(6,4) ref(4,5) acl:relcl(4,6) det(8,7) obj(6,8) case(10,9) nmod:near(8,10) case(12,11) nmod:on(10,12) punct(2,13)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj(6,4) ref(4,5) acl:relcl(4,6) det(8,7) obj(6,8) case(10,9) nmod:near(8,10) case(12,11) obl:on(2,12) punct(2,13)");
  }

  @Test
  void aDayInAPastTenseRelativeClauseIsLeftAlone() {
    // "Farmers blocked the road that linked the port near Tema on Monday.": the clause may have its day.
    HandParse.of("Farmers/farmer/NNS blocked/block/VBD the/the/DT road/road/NN that/that/WDT linked/link/VBD the/the/DT port/port/NN near/near/IN "
            + "Tema/Tema/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj(6,4) ref(4,5) acl:relcl(4,6) det(8,7) obj(6,8) case(10,9) nmod:near(8,10) case(12,11) nmod:on(10,12) punct(2,13)");
  }
}
