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

  @Test
  void barringAPlaneFromLandingRestrictsMovementAndIsTheDoersOwnDeedBesideItsSaying() {
    // "Lebanon barred an Iranian plane from landing, saying Israel had warned it."
    assertThat(code("Lebanon/Lebanon/NNP/LOCATION barred/bar/VBD an/a/DT Iranian/Iranian/JJ/MISC plane/plane/NN from/from/IN landing/landing/NN ,/,/, "
            + "saying/say/VBG Israel/Israel/NNP/LOCATION had/have/VBD warned/warn/VBN it/it/PRP ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) case(7,6) obl:from(2,7) punct(2,8) parataxis(2,9) nsubj(12,10) aux(12,11) ccomp(9,12) obj(12,13) punct(2,14)")
        .events())
        .extracting(e -> e.type().code() + " " + e.modality()).contains("191 ASSERTED");
  }
}
