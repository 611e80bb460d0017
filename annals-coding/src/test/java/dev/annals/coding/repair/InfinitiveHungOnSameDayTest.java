package dev.annals.coding.repair;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InfinitiveHungOnSameDayTest {
  private static final ParseRepair REPAIR = new InfinitiveHungOnSameDay();
  // "Germany telephoned Lithuania the same day to apologise."
  private static final String TOKENS = "Germany/Germany/NNP/LOCATION telephoned/telephone/VBD Lithuania/Lithuania/NNP/LOCATION the/the/DT same/same/JJ "
      + "day/day/NN to/to/IN apologise/apologise/NN ././.";
  private static final String BROKEN = "nsubj(2,1) root(0,2) obj(2,3) det(6,4) amod(6,5) obl:tmod(2,6) case(8,7) nmod:to(6,8) punct(2,9)";
  private static final String REPAIRED = "nsubj(2,1) root(0,2) obj(2,3) det(6,4) amod(6,5) obl:tmod(2,6) mark(8,7) advcl:to(2,8) punct(2,9)";

  @Test
  void theWordAfterToOnTheDayIsTheVerbsPurpose() {
    HandParse.of(TOKENS).assertRepairs(REPAIR, BROKEN, REPAIRED);
  }

  @Test
  void theApologyIsCodedOnceMended() {
    assertThat(triples(code(TOKENS, BROKEN))).contains("DEU LTU 055");
  }

  @Test
  void aPlaceAfterToIsLeftAlone() {
    // "Germany sent aid the same day to Vilnius."
    HandParse.of("Germany/Germany/NNP/LOCATION sent/send/VBD aid/aid/NN the/the/DT same/same/JJ day/day/NN to/to/IN Vilnius/Vilnius/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, BROKEN);
  }
}
