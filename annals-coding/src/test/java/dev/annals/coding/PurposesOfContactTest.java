package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An act told as the purpose of a call is aimed at whom was called (PurposesOfContact). */
class PurposesOfContactTest {
  @Test
  void condolencesOfferedInACallGoToWhomWasCalled() {
    // "Chile's president telephoned Peru's president to offer condolences."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN telephoned/telephone/VBD Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN "
            + "to/to/TO offer/offer/VB condolences/condolence/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) mark(9,8) advcl(4,9) nsubj:xsubj(9,3) obj(9,10) punct(4,11)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHLGOV PERGOV 041", "CHLGOV PERGOV 018");
  }
}
