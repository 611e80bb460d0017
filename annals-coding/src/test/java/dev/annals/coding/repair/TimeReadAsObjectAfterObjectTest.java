package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class TimeReadAsObjectAfterObjectTest {
  private static final ParseRepair REPAIR = new TimeReadAsObjectAfterObject();
  // "Athens summoned Albania's ambassador the same day."
  private static final HandParse SUMMON = HandParse.of(
      "Athens/Athens/NNP summoned/summon/VBD Albania/Albania/NNP 's/'s/POS ambassador/ambassador/NN the/the/DT same/same/JJ day/day/NN ./././.");
  private static final String SUMMON_REPAIRED = "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) det(8,6) amod(8,7) obl:tmod(2,8) punct(2,9)";

  @Test
  void theDayIsWhenAndTheFirstObjectIsTheVerbs() {
    SUMMON.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) iobj(2,5) det(8,6) amod(8,7) obj(2,8) punct(2,9)", SUMMON_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    SUMMON.assertLeavesAlone(REPAIR, SUMMON_REPAIRED);
  }

  @Test
  void aPassiveVerbsPlacedTimeIsWhen() {
    // "Access was granted the same day."
    HandParse.of("Access/access/NN was/be/VBD granted/grant/VBN the/the/DT same/same/JJ day/day/NN ./././.")
        .assertRepairs(REPAIR, "nsubj:pass(3,1) aux:pass(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)",
            "nsubj:pass(3,1) aux:pass(3,2) root(0,3) det(6,4) amod(6,5) obl:tmod(3,6) punct(3,7)");
  }

  @Test
  void aTimeGivenStays() {
    // "Washington gave Iran the weekend.": the weekend is what was given.
    HandParse.of("Washington/Washington/NNP gave/give/VBD Iran/Iran/NNP the/the/DT weekend/weekend/NN ./././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) iobj(2,3) det(5,4) obj(2,5) punct(2,6)");
  }

  @Test
  void aTimeCountedStays() {
    // "The court sentenced him a year.": "a year" counts, it does not place.
    HandParse.of("The/the/DT court/court/NN sentenced/sentence/VBD him/he/PRP a/a/DT year/year/NN ./././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) iobj(3,4) det(6,5) obj(3,6) punct(3,7)");
  }
}
