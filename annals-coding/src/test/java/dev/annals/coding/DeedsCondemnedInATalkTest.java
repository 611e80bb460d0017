package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A hateful deed condemned beside a talk is not the deed of whom the talk was with (SharedAddressees). */
class DeedsCondemnedInATalkTest {
  @Test
  void aBurningCondemnedInACallIsNotTheCalledOnesDeed() {
    // "Chile's foreign minister telephoned Peru's foreign minister and condemned the burning."
    assertThat(code("Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN telephoned/telephone/VBD Peru/Peru/NNP/LOCATION "
            + "'s/'s/POS foreign/foreign/JJ minister/minister/NN and/and/CC condemned/condemn/VBD the/the/DT burning/burning/NN ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) nmod:poss(9,6) case(6,7) amod(9,8) obj(5,9) cc(11,10) conj:and(5,11) nsubj(11,4) "
            + "det(13,12) obj(11,13) punct(5,14)").events())
        .extracting(e -> triple(e)).contains("CHLGOV PERGOV 041").noneMatch(t -> t.endsWith(" 111"));
  }

  @Test
  void aDecisionCondemnedInACallIsStillTheCalledOnes() {
    // "Chile's foreign minister telephoned Peru's foreign minister and condemned the decision."
    assertThat(code("Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN telephoned/telephone/VBD Peru/Peru/NNP/LOCATION "
            + "'s/'s/POS foreign/foreign/JJ minister/minister/NN and/and/CC condemned/condemn/VBD the/the/DT decision/decision/NN ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) nmod:poss(9,6) case(6,7) amod(9,8) obj(5,9) cc(11,10) conj:and(5,11) nsubj(11,4) "
            + "det(13,12) obj(11,13) punct(5,14)").events())
        .extracting(e -> triple(e)).contains("CHLGOV PERGOV 111");
  }
}
