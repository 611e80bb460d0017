package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PartitiveAppositionReadAsComplementTest {
  private static final ParseRepair REPAIR = new PartitiveAppositionReadAsComplement();
  // "On Wednesday police barred its 21 crew members, most of them Chinese nationals, from leaving the country and opened an inquiry."
  private static final HandParse BARRED = HandParse.of("On/on/IN Wednesday/Wednesday/NNP police/police/NN barred/bar/VBD its/its/PRP$ "
      + "21/21/CD crew/crew/NN members/member/NNS ,/,/, most/most/JJS of/of/IN them/they/PRP Chinese/Chinese/JJ nationals/national/NNS "
      + ",/,/, from/from/IN leaving/leave/VBG the/the/DT country/country/NN and/and/CC opened/open/VBD an/a/DT inquiry/inquiry/NN ././.");
  private static final String SHARED = "case(2,1) obl:on(4,2) nsubj(4,3) root(0,4) nmod:poss(8,5) nummod(8,6) compound(8,7) obj(4,8) punct(4,9) "
      + "nsubj(14,10) case(12,11) nmod:of(10,12) amod(14,13) punct(14,15) det(19,18) obj(17,19) cc(21,20) det(23,22) obj(21,23) punct(4,24)";

  @Test
  void thePartOfTheObjectIsItsAppositionAndTheGerundIsTheVerbs() {
    BARRED.assertRepairs(REPAIR, SHARED + " xcomp(4,14) dep(14,16) dep(16,17) dep(16,21) conj:and(17,21)",
        SHARED + " appos(8,14) advcl:from(4,17) mark(17,16) conj:and(4,21)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    BARRED.assertLeavesAlone(REPAIR, SHARED + " appos(8,14) advcl:from(4,17) mark(17,16) conj:and(4,21)");
  }
}
