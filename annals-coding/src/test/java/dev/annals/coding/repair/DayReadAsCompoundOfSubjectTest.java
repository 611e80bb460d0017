package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DayReadAsCompoundOfSubjectTest {
  private static final ParseRepair REPAIR = new DayReadAsCompoundOfSubject();
  // "On Friday President Boric spoke to Peru's president."
  private static final HandParse SPOKE = HandParse.of("On/on/IN Friday/Friday/NNP President/President/NNP Boric/Boric/NNP/PERSON spoke/speak/VBD "
      + "to/to/IN Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN ././.");
  private static final String SHARED = "compound(4,3) root(0,5) case(9,6) nmod:poss(9,7) case(7,8) obl:to(5,9) punct(5,10)";

  @Test
  void theDayIsTheTimeAndTheNameAfterItTheSubject() {
    SPOKE.assertRepairs(REPAIR, SHARED + " case(4,1) compound(3,2) obl:on(5,4)", SHARED + " case(2,1) obl:on(5,2) nsubj(5,4)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SPOKE.assertLeavesAlone(REPAIR, SHARED + " case(2,1) obl:on(5,2) nsubj(5,4)");
  }

  @Test
  void aNameThatIsNoDayKeepsItsPhrase() {
    // "On Fiji Day President Boric spoke." is left as parsed: "Fiji" is no day word.
    HandParse.of("On/on/IN Fiji/Fiji/NNP Day/Day/NNP President/President/NNP Boric/Boric/NNP/PERSON spoke/speak/VBD ././.")
        .assertLeavesAlone(REPAIR, "case(5,1) compound(3,2) compound(5,3) compound(5,4) obl:on(6,5) root(0,6) punct(6,7)");
  }

  @Test
  void aCommonNounAfterTheDayIsTheSubjectToo() {
    // "On Friday police fired tear gas at farmers."
    HandParse.of("On/on/IN Friday/Friday/NNP police/police/NN fired/fire/VBD tear/tear/JJ gas/gas/NN at/at/IN farmers/farmer/NNS ././.")
        .assertRepairs(REPAIR, "root(0,4) case(3,1) compound(3,2) obl:on(4,3) obj(4,6) obl:at(4,8) punct(4,9) amod(6,5) case(8,7)",
            "root(0,4) case(2,1) obl:on(4,2) nsubj(4,3) obj(4,6) obl:at(4,8) punct(4,9) amod(6,5) case(8,7)");
  }

  @Test
  void aDayReadIntoThePossessorOfTheSubjectIsTheVerbsTime() {
    // "On Friday Chile's president telephoned Peru's prime minister.", with "Friday" compounded
    // into "Chile" and "On" on "president".
    HandParse.of("On/on/IN Friday/Friday/NNP Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN telephoned/telephone/VBD "
            + "Peru/Peru/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN ././.")
        .assertRepairs(REPAIR, "case(5,1) compound(3,2) nmod:poss(5,3) case(3,4) nsubj(6,5) root(0,6) nmod:poss(10,7) case(7,8) amod(10,9) obj(6,10) punct(6,11)",
            "case(2,1) obl:on(6,2) nmod:poss(5,3) case(3,4) nsubj(6,5) root(0,6) nmod:poss(10,7) case(7,8) amod(10,9) obj(6,10) punct(6,11)");
  }
}
