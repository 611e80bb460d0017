package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbReadAsRelativeOfSubjectTest {
  private static final ParseRepair REPAIR = new MainVerbReadAsRelativeOfSubject();
  // "The Alliance of Sahel States, which groups Mali with Niger and Burkina Faso, backed the
  // accusation in a statement on Monday."
  private static final HandParse BACKED = HandParse.of(
      "The/the/DT Alliance/Alliance/NNP/ORGANIZATION of/of/IN/ORGANIZATION Sahel/Sahel/NNP/ORGANIZATION States/States/NNP/ORGANIZATION ,/,/, which/which/WDT "
          + "groups/group/VBZ Mali/Mali/NNP/LOCATION with/with/IN Niger/Niger/NNP/LOCATION and/and/CC Burkina/Burkina/NNP/LOCATION Faso/Faso/NNP/LOCATION ,/,/, "
          + "backed/back/VBD the/the/DT accusation/accusation/NN in/in/IN a/a/DT statement/statement/NN on/on/IN Monday/Monday/NNP ././.");
  private static final String REST = "det(2,1) nmod:of(2,5) punct(2,6) ref(2,7) punct(16,15) obj(16,18) obl:in(16,21) obl:on(16,23) case(5,3) compound(5,4) "
      + "obj(8,9) obl:with(8,11) obl:with(8,14) case(11,10) conj:and(11,14) cc(14,12) compound(14,13) det(18,17) case(21,19) det(21,20) case(23,22)";
  private static final String REPAIRED = "root(0,16) acl:relcl(2,8) nsubj(8,2) nsubj(16,2) punct(16,24) " + REST;

  @Test
  void theVerbAfterThePronounIsTheRelativeClauseAndTheLaterPastVerbTheMainOne() {
    BACKED.assertRepairs(REPAIR, "root(0,2) acl:relcl(2,16) dep(16,8) dep(16,2) punct(2,24) " + REST, REPAIRED);
  }

  @Test
  void aSentenceReadRightIsLeftAlone() {
    BACKED.assertLeavesAlone(REPAIR, REPAIRED);
  }
}
