package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DayReadAsSubjectOfJoinedVerbTest {
  private static final ParseRepair REPAIR = new DayReadAsSubjectOfJoinedVerb();
  // "Chile called on Peru on Wednesday to talk and offered to send experts."
  private static final HandParse CALLED = HandParse.of("Chile/Chile/NNP/LOCATION called/call/VBD on/on/IN Peru/Peru/NNP/LOCATION on/on/IN "
      + "Wednesday/Wednesday/NNP to/to/TO talk/talk/VB and/and/CC offered/offer/VBD to/to/TO send/send/VB experts/expert/NNS ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) case(6,5) obl:on(2,6) mark(8,7) xcomp(2,8) cc(10,9) conj:and(2,10) "
      + "xcomp(10,12) mark(12,11) obj(12,13) punct(2,14)";

  @Test
  void theJoinedVerbSharesTheFirstVerbsSubjectNotItsDay() {
    CALLED.assertRepairs(REPAIR, SHARED + " advcl:to(2,10) nsubj(10,6) nsubj:xsubj(12,6)", SHARED + " nsubj(10,1) nsubj:xsubj(12,1)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CALLED.assertLeavesAlone(REPAIR, SHARED + " nsubj(10,1) nsubj:xsubj(12,1)");
  }

  @Test
  void aDayThatIsNoOtherVerbsTimeMayBeASubject() {
    // "Wednesday marked the anniversary and brought new protests."
    HandParse.of("Wednesday/Wednesday/NNP marked/mark/VBD the/the/DT anniversary/anniversary/NN and/and/CC brought/bring/VBD new/new/JJ "
            + "protests/protest/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) amod(8,7) obj(6,8) punct(2,9)");
  }
}
