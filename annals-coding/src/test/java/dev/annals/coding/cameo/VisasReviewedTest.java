package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reviewing officials' visas is the first step of a visa ban: a sanction (163), a threat of one when announced. */
class VisasReviewedTest {
  @Test
  void reviewingTheVisasOfAStatesOfficialsIsASanctionOnIt() {
    // "Washington reviewed the visas of Jamaican officials."
    assertThat(code("Washington/Washington/NNP/LOCATION reviewed/review/VBD the/the/DT visas/visa/NNS of/of/IN Jamaican/Jamaican/JJ/MISC officials/official/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) amod(7,6) nmod:of(4,7) punct(2,8)").events())
        .extracting(e -> triple(e)).contains("USAGOV JAMGOV 163");
  }
}
