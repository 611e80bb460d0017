package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectReadAsSubjectOfSmallClauseTest {
  private static final ParseRepair REPAIR = new ObjectReadAsSubjectOfSmallClause();
  // "Romania called his remarks unacceptable."
  private static final HandParse CALLED = HandParse.of(
      "Romania/Romania/NNP/LOCATION called/call/VBD his/his/PRP$ remarks/remark/NNS unacceptable/unacceptable/JJ ././.");

  @Test
  void theThingNamedIsTheVerbsObject() {
    CALLED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) nmod:poss(4,3) nsubj(5,4) xcomp(2,5) punct(2,6)",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) xcomp(2,5) punct(2,6) nsubj:xsubj(5,4)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CALLED.assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) xcomp(2,5) punct(2,6) nsubj:xsubj(5,4)");
  }

  @Test
  void aQuotedNameReadAsAClauseIsTheVerbsAndTheDayAfterItTheVerbs() {
    // "Iran called the move “piracy” on Saturday."
    HandParse.of("Iran/Iran/NNP/LOCATION called/call/VBD the/the/DT move/move/NN “/“/`` piracy/piracy/NN ”/”/'' on/on/IN Saturday/Saturday/NNP ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) punct(6,5) ccomp(2,6) punct(6,7) case(9,8) obl:on(6,9) punct(2,10)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) xcomp(2,6) punct(6,7) case(9,8) obl:on(2,9) punct(2,10) nsubj:xsubj(6,4)");
  }

  @Test
  void anInfinitiveKeepsItsSubject() {
    // "Romania asked Peru to act." with "Peru" read as the infinitive's subject: no adjective or noun named.
    HandParse.of("Romania/Romania/NNP/LOCATION asked/ask/VBD Peru/Peru/NNP/LOCATION to/to/TO act/act/VB ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) nsubj(5,3) mark(5,4) xcomp(2,5) punct(2,6)");
  }
}
