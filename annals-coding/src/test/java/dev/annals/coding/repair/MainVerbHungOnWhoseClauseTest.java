package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbHungOnWhoseClauseTest {
  private static final ParseRepair REPAIR = new MainVerbHungOnWhoseClause();
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
}
