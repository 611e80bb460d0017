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
  void theMeansOfAResponseThatWouldComeIsAsUnrealAsTheResponse() {
    // "Chile said it would respond by expelling Peru's ambassador.": no expulsion has happened.
    var events = code("Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD respond/respond/VB by/by/IN expelling/expel/VBG Peru/Peru/NNP/LOCATION "
            + "'s/'s/POS ambassador/ambassador/NN ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) mark(7,6) advcl:by(5,7) nmod:poss(10,8) case(8,9) obj(7,10) punct(2,11)").events();
    assertThat(events).filteredOn(e -> e.type().rootCode().equals("16")).isNotEmpty().allMatch(e -> e.modality() != dev.annals.model.Modality.ASSERTED);
  }
}
