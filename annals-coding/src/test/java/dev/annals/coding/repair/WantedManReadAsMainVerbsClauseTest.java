package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class WantedManReadAsMainVerbsClauseTest {
  private static final ParseRepair REPAIR = new WantedManReadAsMainVerbsClause();
  // "Spanish police arrested a Dutch fugitive wanted for running a drug network at a flat in Malaga
  // on Monday, the interior ministry said."
  private static final HandParse ARREST = HandParse.of(
      "Spanish/Spanish/JJ police/police/NN arrested/arrest/VBD a/a/DT Dutch/dutch/JJ fugitive/fugitive/JJ wanted/want/VBD for/for/IN running/run/VBG "
          + "a/a/DT drug/drug/NN network/network/NN at/at/IN a/a/DT flat/flat/JJ in/in/IN Malaga/Malaga/NNP/LOCATION on/on/IN Monday/Monday/NNP ,/,/, "
          + "the/the/DT interior/interior/JJ/ORGANIZATION ministry/ministry/NN/ORGANIZATION said/say/VBD ././.");
  private static final String REST = "root(0,24) amod(2,1) nsubj(3,2) obj(3,6) ccomp(24,3) punct(24,20) nsubj(24,23) punct(24,25) det(6,4) amod(6,5) "
      + "advcl:for(7,9) mark(9,8) obj(9,12) det(12,10) compound(12,11) case(15,13) det(15,14) nmod:in(15,17) case(17,16) case(19,18) det(23,21) amod(23,22)";

  @Test
  void theWantedOneIsDescribedAndThePlaceAndDayAfterTheCrimeAreTheArrests() {
    ARREST.assertRepairs(REPAIR, "dep(3,7) obl:at(9,15) obl:on(9,19) " + REST, "acl(6,7) obl:at(3,15) obl:on(3,19) " + REST);
  }

  @Test
  void aWantedNotRightAfterTheObjectIsLeftAlone() {
    // "wanted" hung loose on the verb but the arrested one not right before it (the object is "a").
    ARREST.assertLeavesAlone(REPAIR, "dep(3,7) obl:at(9,15) obl:on(9,19) root(0,24) amod(2,1) nsubj(3,2) obj(3,4) ccomp(24,3) punct(24,20) nsubj(24,23) "
        + "punct(24,25) amod(6,5) advcl:for(7,9) mark(9,8) obj(9,12) det(12,10) compound(12,11) case(15,13) det(15,14) nmod:in(15,17) case(17,16) "
        + "case(19,18) det(23,21) amod(23,22)");
  }
}
