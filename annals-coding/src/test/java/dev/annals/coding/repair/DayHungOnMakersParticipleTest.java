package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DayHungOnMakersParticipleTest {
  private static final ParseRepair REPAIR = new DayHungOnMakersParticiple();
  // "Ghana suspended imports of syrups made by a Chinese firm on Friday."
  private static final HandParse SUSPENDED = HandParse.of(
      "Ghana/Ghana/NNP/LOCATION suspended/suspend/VBD imports/import/NNS of/of/IN syrups/syrup/NNS made/make/VBN by/by/IN a/a/DT Chinese/Chinese/JJ "
          + "firm/firm/NN on/on/IN Friday/Friday/NNP ././.");
  private static final String START = "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:of(3,5) acl(5,6) case(10,7) det(10,8) amod(10,9) obl:by(6,10) case(12,11) ";

  @Test
  void theDayOfGoodsMadeIsTheActsOnTheirImports() {
    SUSPENDED.assertRepairs(REPAIR, START + "obl:on(6,12) punct(2,13)", START + "obl:on(2,12) punct(2,13)");
  }

  @Test
  void aDayOfAnotherParticipleIsLeftAlone() {
    // "Ghana suspended imports of syrups seized by police on Friday.": a seizure has a day of its own.
    HandParse.of("Ghana/Ghana/NNP/LOCATION suspended/suspend/VBD imports/import/NNS of/of/IN syrups/syrup/NNS seized/seize/VBN by/by/IN police/police/NNS "
            + "on/on/IN Friday/Friday/NNP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:of(3,5) acl(5,6) case(8,7) obl:by(6,8) case(10,9) obl:on(6,10) punct(2,11)");
  }
}
