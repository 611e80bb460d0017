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

  @Test
  void theReceiverWithNothingGivenBeforeAPlacedTimeIsTheObject() {
    // "Brazil's envoy met Nigeria's minister the same day."
    HandParse.of("Brazil/Brazil/NNP 's/'s/POS envoy/envoy/NN met/meet/VBD Nigeria/Nigeria/NNP 's/'s/POS minister/minister/NN the/the/DT same/same/JJ day/day/NN ./././.")
        .assertRepairs(REPAIR, "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) iobj(4,7) det(10,8) amod(10,9) obl:tmod(4,10) punct(4,11)",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) det(10,8) amod(10,9) obl:tmod(4,10) punct(4,11)");
  }

  @Test
  void aReceiverOfAGivingVerbStays() {
    // "Washington sent Kyiv the same day.": odd, but a giving verb's receiver is not its thing.
    HandParse.of("Washington/Washington/NNP sent/send/VBD Kyiv/Kyiv/NNP the/the/DT same/same/JJ day/day/NN ./././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) iobj(2,3) det(6,4) amod(6,5) obl:tmod(2,6) punct(2,7)");
  }
}
