package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ClosingParticipleHungOnInnerGerundTest {
  private static final ParseRepair REPAIR = new ClosingParticipleHungOnInnerGerund();

  @Test
  void theParticipleAfterTheCommaGoesToTheMainVerb() {
    // "Lithuania barred 19 Georgian judges from entering the country, accusing them of jailing protesters."
    HandParse.of("Lithuania/Lithuania/NNP/LOCATION barred/bar/VBD 19/19/CD Georgian/Georgian/JJ judges/judge/NNS from/from/IN entering/enter/VBG "
            + "the/the/DT country/country/NN ,/,/, accusing/accuse/VBG them/they/PRP of/of/IN jailing/jail/VBG protesters/protester/NNS ././.")
        .assertRepairs(REPAIR,
            "root(0,2) nsubj(2,1) obj(2,5) advcl:from(2,7) punct(2,10) dep(7,11) punct(2,16) nummod(5,3) amod(5,4) case(7,6) obj(7,9) det(9,8) "
                + "obj(11,12) obl:of(11,15) case(15,13) amod(15,14)",
            "root(0,2) nsubj(2,1) obj(2,5) advcl:from(2,7) punct(2,10) advcl(2,11) punct(2,16) nummod(5,3) amod(5,4) case(7,6) obj(7,9) det(9,8) "
                + "obj(11,12) obl:of(11,15) case(15,13) amod(15,14)");
  }

  @Test
  void aParticipleWithNoCommaBeforeItStaysWithTheGerund() {
    // "Lithuania barred the judges from entering the country carrying weapons.": the judges would carry them.
    HandParse.of("Lithuania/Lithuania/NNP/LOCATION barred/bar/VBD the/the/DT judges/judge/NNS from/from/IN entering/enter/VBG the/the/DT "
            + "country/country/NN carrying/carry/VBG weapons/weapon/NNS ././.")
        .assertLeavesAlone(REPAIR, "root(0,2) nsubj(2,1) obj(2,4) advcl:from(2,6) punct(2,11) det(4,3) case(6,5) obj(6,8) det(8,7) advcl(6,9) obj(9,10)");
  }
}
