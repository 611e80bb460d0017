package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.HandCoding;
import org.junit.jupiter.api.Test;

/** The same two sides cooperating again in the next sentence, with no time of their own, go on with its day; offers of transport are aid. */
class SameSidesNextSentenceTest {
  @Test
  void theSigningAfterTheAgreementTakesItsDay() {
    // "Chile and Peru agreed on Monday to open a crossing. Chile's president and Peru's president
    // signed the deal." (published Wednesday 2023-05-10)
    var article = HandCoding.code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD on/on/IN Monday/Monday/NNP to/to/TO open/open/VB "
                + "a/a/DT crossing/crossing/NN ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) case(6,5) obl:on(4,6) mark(8,7) xcomp(4,8) det(10,9) obj(8,10) punct(4,11)")
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN and/and/CC Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN "
                + "signed/sign/VBD the/the/DT deal/deal/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(8,3) cc(7,4) nmod:poss(7,5) case(5,6) conj:and(3,7) nsubj(8,7) root(0,8) det(10,9) obj(8,10) punct(8,11)"));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("057")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void offeringBusesIsAnOfferOfAid() {
    // "Chile offered buses to Peru."
    assertThat(code("Chile/Chile/NNP/LOCATION offered/offer/VBD buses/bus/NNS to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)").events())
        .extracting(e -> triple(e)).contains("CHL PER 033");
  }

  @Test
  void movingPeopleIntoACountryIsNoOccupation() {
    // "Chile moved migrants into Peru." ("Chilean troops moved into Peru" is.)
    assertThat(code("Chile/Chile/NNP/LOCATION moved/move/VBD migrants/migrant/NNS into/into/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:into(2,5) punct(2,6)").events())
        .extracting(e -> e.type().code()).doesNotContain("192");
  }
}
