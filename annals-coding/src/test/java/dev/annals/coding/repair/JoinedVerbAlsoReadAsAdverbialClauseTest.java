package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JoinedVerbAlsoReadAsAdverbialClauseTest {
  private static final ParseRepair REPAIR = new JoinedVerbAlsoReadAsAdverbialClause();
  // "Minsk accused Warsaw of lying and summoned its envoy."
  private static final HandParse SUMMONED = HandParse.of(
      "Minsk/Minsk/NNP/LOCATION accused/accuse/VBD Warsaw/Warsaw/NNP/LOCATION of/of/IN lying/lie/VBG and/and/CC "
          + "summoned/summon/VBD its/its/PRP$ envoy/envoy/NN ././.");
  private static final String REST = "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) cc(7,6) nmod:poss(9,8) obj(7,9) punct(2,10)";

  @Test
  void aPastVerbJoinedToTheVerbWithItsSubjectIsNoClauseOfIt() {
    SUMMONED.assertRepairs(REPAIR, "advcl:of(2,7) conj:and(2,7) nsubj(7,1) " + REST, "conj:and(2,7) nsubj(7,1) " + REST);
  }

  @Test
  void aClauseNotJoinedOrOfAnotherSubjectIsLeftAlone() {
    SUMMONED.assertLeavesAlone(REPAIR, "advcl:of(2,7) nsubj(7,1) " + REST);
    SUMMONED.assertLeavesAlone(REPAIR, "advcl:of(2,7) conj:and(2,7) nsubj(7,3) " + REST);
  }
}
