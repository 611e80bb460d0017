package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A response whose "by" names its act is that act (MeansOfResponse). */
class MeansOfResponseTest {
  @Test
  void retaliatingByExpellingIsTheExpulsionOnly() {
    // "Chile retaliated by expelling Peru's ambassador."
    assertThat(code("Chile/Chile/NNP/LOCATION retaliated/retaliate/VBD by/by/IN expelling/expel/VBG Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
        "nsubj(2,1) root(0,2) mark(4,3) advcl:by(2,4) nmod:poss(7,5) case(5,6) obj(4,7) punct(2,8)").events())
        .extracting(e -> e.type().rootCode()).containsOnly("16");
  }
}
