package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SubjectOfJoinedClauseReadAsConjunctTest {
  private static final ParseRepair REPAIR = new SubjectOfJoinedClauseReadAsConjunct();
  // "Chile signed the deal, and Peruvian farmers in Lima welcomed it."
  private static final HandParse WELCOMED = HandParse.of(
      "Chile/Chile/NNP/LOCATION signed/sign/VBD the/the/DT deal/deal/NN ,/,/, and/and/CC Peruvian/Peruvian/JJ farmers/farmer/NNS "
          + "in/in/IN Lima/Lima/NNP/LOCATION welcomed/welcome/VBD it/it/PRP ././.");
  private static final String REST = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) amod(8,7) nmod:in(8,10) case(10,9) obj(11,12) punct(2,13)";

  @Test
  void theNounOpenedByCommaAndBeforeALooseVerbIsItsSubject() {
    WELCOMED.assertRepairs(REPAIR, "obj(2,8) conj:and(4,8) cc(8,6) dep(2,11) " + REST, "nsubj(11,8) cc(11,6) conj:and(2,11) " + REST);
  }

  @Test
  void aVerbWithASubjectOrANounNotOpenedByCommaAndIsLeftAlone() {
    WELCOMED.assertLeavesAlone(REPAIR, "obj(2,8) conj:and(4,8) cc(8,6) dep(2,11) nsubj(11,1) " + REST);
    WELCOMED.assertLeavesAlone(REPAIR, "obj(2,8) conj:and(4,8) dep(2,11) " + REST);
  }
}
