package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbHungOnRelativeClauseTest {
  private static final ParseRepair REPAIR = new MainVerbHungOnRelativeClause();
  // "Mali and Guinea, whose citizens were expelled, demanded an explanation."
  private static final HandParse DEMANDED = HandParse.of("Mali/Mali/NNP/LOCATION and/and/CC Guinea/Guinea/NNP/LOCATION ,/,/, whose/whose/WP$ citizens/citizen/NNS "
      + "were/be/VBD expelled/expel/VBN ,/,/, demanded/demand/VBD an/a/DT explanation/explanation/NN ././.");
  private static final String REPAIRED = "cc(3,2) conj:and(1,3) punct(1,4) nmod:poss(6,5) nsubj:pass(8,6) aux:pass(8,7) punct(8,9) det(12,11) obj(10,12) punct(1,13) "
      + "root(0,10) nsubj(10,1) nsubj(10,3) acl:relcl(1,8)";

  @Test
  void theVerbHungOnTheWhoseClauseIsTheMainVerb() {
    DEMANDED.assertRepairs(REPAIR, "root(0,1) cc(3,2) conj:and(1,3) punct(1,4) nmod:poss(6,5) nsubj:pass(8,6) aux:pass(8,7) dep(1,8) punct(8,9) dep(8,10) "
        + "det(12,11) obj(10,12) punct(1,13)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    DEMANDED.assertLeavesAlone(REPAIR, REPAIRED);
  }

  // "Peru, where the gang also operates, offered on Wednesday to share intelligence with Ecuador."
  private static final HandParse OFFERED = HandParse.of("Peru/Peru/NNP/LOCATION ,/,/, where/where/WRB the/the/DT gang/gang/NN also/also/RB "
      + "operates/operate/VBZ ,/,/, offered/offer/VBN on/on/IN Wednesday/Wednesday/NNP to/to/TO share/share/VB intelligence/intelligence/NN "
      + "with/with/IN Ecuador/Ecuador/NNP/LOCATION ././.");
  private static final String OFFERED_REPAIRED = "punct(1,2) advmod(7,3) det(5,4) nsubj(7,5) advmod(7,6) punct(7,8) case(11,10) obl:on(9,11) mark(13,12) "
      + "xcomp(9,13) obj(13,14) case(16,15) nmod:with(14,16) punct(1,17) root(0,9) nsubj(9,1) acl:relcl(1,7)";

  @Test
  void theVerbHungOnAWhereClauseOfTheRootNounIsTheMainVerb() {
    OFFERED.assertRepairs(REPAIR, "root(0,1) punct(1,2) advmod(7,3) det(5,4) nsubj(7,5) advmod(7,6) acl:relcl(1,7) punct(7,8) dep(7,9) case(11,10) "
        + "obl:on(9,11) mark(13,12) xcomp(9,13) obj(13,14) case(16,15) nmod:with(14,16) punct(1,17)", OFFERED_REPAIRED);
  }

  @Test
  void aWhereClauseWithItsOwnAuxiliaryVerbHungOnItIsLeftAlone() {
    // "Peru, where the gang operates, had offered": a participle with an auxiliary is no bare main verb here.
    OFFERED.assertLeavesAlone(REPAIR, "root(0,1) punct(1,2) advmod(7,3) det(5,4) nsubj(7,5) advmod(7,6) acl:relcl(1,7) punct(7,8) dep(7,9) "
        + "aux(9,6) case(11,10) obl:on(9,11) mark(13,12) xcomp(9,13) obj(13,14) case(16,15) nmod:with(14,16) punct(1,17)");
  }
}
