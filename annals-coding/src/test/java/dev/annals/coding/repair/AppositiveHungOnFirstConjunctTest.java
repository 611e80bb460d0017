package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class AppositiveHungOnFirstConjunctTest {
  private static final ParseRepair REPAIR = new AppositiveHungOnFirstConjunct();
  // "Peru's government and the Sendero Rojo, the country's largest drug trafficking group, resumed talks."
  private static final HandParse RESUMED = HandParse.of("Peru/Peru/NNP/LOCATION 's/'s/POS government/government/NN and/and/CC the/the/DT Sendero/Sendero/NNP Rojo/Rojo/NNP "
      + ",/,/, the/the/DT country/country/NN 's/'s/POS largest/large/JJS drug/drug/NN trafficking/trafficking/NN group/group/NN ,/,/, resumed/resume/VBD talks/talk/NNS ././.");
  private static final String COMMON = "nmod:poss(3,1) case(1,2) cc(7,4) det(7,5) compound(7,6) conj:and(3,7) nsubj(17,3) nsubj(17,7) punct(3,8) det(10,9) "
      + "nmod:poss(15,10) case(10,11) amod(15,12) compound(14,13) compound(15,14) punct(3,16) root(0,17) obj(17,18) punct(17,19) ";

  @Test
  void anAppositiveAfterTheLastConjunctDescribesIt() {
    RESUMED.assertRepairs(REPAIR, COMMON + "appos(3,15)", COMMON + "appos(7,15)");
  }

  @Test
  void anAppositiveRightAfterTheFirstNounIsLeftAlone() {
    // "Peru's government, the country's largest drug trafficking group and ..." is not this shape: no conjunct before the appositive.
    RESUMED.assertLeavesAlone(REPAIR, "nmod:poss(3,1) case(1,2) cc(7,4) det(7,5) compound(7,6) nsubj(17,3) punct(3,8) det(10,9) "
        + "nmod:poss(15,10) case(10,11) amod(15,12) compound(14,13) compound(15,14) punct(3,16) root(0,17) obj(17,18) punct(17,19) appos(3,15) dep(15,7)");
  }
}
