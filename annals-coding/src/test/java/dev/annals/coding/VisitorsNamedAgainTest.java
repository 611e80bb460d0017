package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The visitor" is who came on the visit the story last told of. */
class VisitorsNamedAgainTest {
  // "Kenya's president held talks with Japan's prime minister in Tokyo on Monday, the first day of a
  // four-day visit."
  private static final String TALKS = "Kenya/Kenya/NNP/LOCATION 's/'s/POS president/president/NN held/hold/VBD talks/talk/NNS with/with/IN "
      + "Japan/Japan/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN in/in/IN Tokyo/Tokyo/NNP/LOCATION on/on/IN Monday/Monday/NNP ,/,/, "
      + "the/the/DT first/first/JJ day/day/NN of/of/IN a/a/DT four/four/CD -/-/HYPH day/day/NN visit/visit/NN ././.";
  private static final String TALKS_EDGES = "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) obl:on(4,14) punct(4,15) obl:tmod(4,18) punct(4,25) "
      + "nmod:with(5,10) case(10,6) nmod:poss(10,7) amod(10,9) nmod:in(10,12) case(7,8) case(12,11) case(14,13) det(18,16) amod(18,17) nmod:of(18,24) "
      + "case(24,19) det(24,20) compound(24,23) nummod(23,21) punct(23,22)";

  @Test
  void theVisitorWhoThanksTheHostsIsTheOneWhoCameOnTheVisit() {
    // "The visitor thanked Tokyo for its support."
    assertThat(triples(code(new HandBuiltText().sentence(TALKS, TALKS_EDGES).sentence(
        "The/the/DT visitor/visitor/NN thanked/thank/VBD Tokyo/Tokyo/NNP/LOCATION for/for/IN its/its/PRP$ support/support/NN ././.",
        "root(0,3) det(2,1) nsubj(3,2) obj(3,4) obl:for(3,7) punct(3,8) case(7,5) nmod:poss(7,6)")))).anyMatch(t -> t.startsWith("KENGOV JPNGOV 051"));
  }
}
