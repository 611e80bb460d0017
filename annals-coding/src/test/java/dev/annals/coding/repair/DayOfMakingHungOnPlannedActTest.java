package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DayOfMakingHungOnPlannedActTest {
  private static final ParseRepair REPAIR = new DayOfMakingHungOnPlannedAct();
  // "Chile will supply Peru with cruise missiles under a deal signed in Lima on Tuesday."
  private static final HandParse SUPPLY = HandParse.of(
      "Chile/Chile/NNP/LOCATION will/will/MD supply/supply/VB Peru/Peru/NNP/LOCATION with/with/IN cruise/cruise/NN missiles/missile/NNS under/under/IN "
          + "a/a/DT deal/deal/NN signed/sign/VBN in/in/IN Lima/Lima/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.");
  private static final String START = "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(7,5) compound(7,6) obl:with(3,7) case(10,8) det(10,9) obl:under(3,10) "
      + "acl(10,11) case(13,12) obl:in(11,13) case(15,14) ";

  @Test
  void aDayRightAfterAPastParticiplesPhraseIsItsNotThePlannedActs() {
    SUPPLY.assertRepairs(REPAIR, START + "obl:on(3,15) punct(3,16)", START + "obl:on(11,15) punct(3,16)");
  }

  @Test
  void aDayOfAnActDoneIsLeftAlone() {
    // "Chile supplied Peru with cruise missiles under a deal signed in Lima on Tuesday.": no modal, the day may be the supplying's.
    HandParse.of("Chile/Chile/NNP/LOCATION supplied/supply/VBD Peru/Peru/NNP/LOCATION with/with/IN cruise/cruise/NN missiles/missile/NNS under/under/IN "
            + "a/a/DT deal/deal/NN signed/sign/VBN in/in/IN Lima/Lima/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(6,4) compound(6,5) obl:with(2,6) case(9,7) det(9,8) obl:under(2,9) acl(9,10) case(12,11) "
            + "obl:in(10,12) case(14,13) obl:on(2,14) punct(2,15)");
  }
}
