package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A partnership or accord one side holds, backed by another, is the standing tie backed, not one made (NounEventCoder). */
class StandingTiesBackedTest {
  @Test
  void aPartnershipBackedIsNoAgreementMade() {
    // "Chile thanked Peru for backing Bolivia's partnership with Brazil."
    assertThat(code("Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION for/for/IN backing/back/VBG Bolivia/Bolivia/NNP/LOCATION "
            + "'s/'s/POS partnership/partnership/NN with/with/IN Brazil/Brazil/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:for(2,5) nmod:poss(8,6) case(6,7) obj(5,8) case(10,9) nmod:with(8,10) punct(2,11)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("BOL BRA"));
  }

  @Test
  void aPartnershipFormedIsStillAnAgreement() {
    // "Bolivia formed a partnership with Brazil."
    assertThat(code("Bolivia/Bolivia/NNP/LOCATION formed/form/VBD a/a/DT partnership/partnership/NN with/with/IN Brazil/Brazil/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(2,7)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BOL BRA 057"));
  }
}
