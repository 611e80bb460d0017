package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class NextVerbGivenTheObjectOfCallingTest {
  private static final ParseRepair REPAIR = new NextVerbGivenTheObjectOfCalling();
  // 'Taipei called the boarding "an act," demanded talks.'
  private static final HandParse CALLED = HandParse.of(
      "Taipei/Taipei/NNP/LOCATION called/call/VBD the/the/DT boarding/boarding/NN \"/\"/`` an/a/DT act/act/NN ,/,/, \"/\"/'' demanded/demand/VBD talks/talk/NNS ././.");
  private static final String CALLED_REPAIRED =
      "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(7,5) det(7,6) dep(4,7) punct(7,8) punct(7,9) conj(2,10) obj(10,11) punct(2,12) nsubj(10,1)";

  @Test
  void theNounCalledIsTheObjectAndTheNextVerbTheCallersAct() {
    CALLED.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) nsubj(10,4) punct(7,5) det(7,6) dep(4,7) punct(7,8) punct(7,9) ccomp(2,10) obj(10,11) punct(2,12)", CALLED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CALLED.assertLeavesAlone(REPAIR, CALLED_REPAIRED);
  }

  @Test
  void aCallingVerbWithAClauseOfItsOwnStays() {
    // "Taipei considered the boarding ended." has no judgment in quotation marks: the clause is what was considered.
    HandParse.of("Taipei/Taipei/NNP/LOCATION considered/consider/VBD the/the/DT boarding/boarding/NN ended/end/VBD ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) ccomp(2,5) punct(2,6)");
  }
}
