package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DayReadAsSubjectOfInfinitiveTest {
  private static final ParseRepair REPAIR = new DayReadAsSubjectOfInfinitive();
  // "Rebels agreed on Wednesday to reopen the road."
  private static final HandParse AGREED = HandParse.of(
      "Rebels/rebel/NNS agreed/agree/VBD on/on/IN Wednesday/Wednesday/NNP to/to/TO reopen/reopen/VB the/the/DT road/road/NN ././.");
  private static final String AGREED_REPAIRED = "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(6,5) xcomp(2,6) det(8,7) obj(6,8) punct(2,9)";

  @Test
  void theDayIsTheMainVerbsTimeAndTheInfinitiveItsComplement() {
    AGREED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) mark(6,5) advcl:to(2,6) det(8,7) obj(6,8) punct(2,9)", AGREED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    AGREED.assertLeavesAlone(REPAIR, AGREED_REPAIRED);
  }

  @Test
  void withTheInfinitiveOnTheObjectTheDayIsTheTimeOfTheVerbTakingIt() {
    // "They signed a deal on Wednesday to build a port."
    HandParse signed = HandParse.of("They/they/PRP signed/sign/VBD a/a/DT deal/deal/NN on/on/IN Wednesday/Wednesday/NNP to/to/TO build/build/VB a/a/DT port/port/NN ././.");
    signed.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(8,5) nsubj(8,6) mark(8,7) acl:to(4,8) det(10,9) obj(8,10) punct(2,11)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:on(2,6) mark(8,7) acl:to(4,8) det(10,9) obj(8,10) punct(2,11)");
  }
}
