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
  void theSigningAfterAVisitAndTalksTakesTheDayOfTheLineToldLast() {
    // "Chile's president arrived in Lima on Monday for a state visit and held talks with Peru's
    // president on Tuesday. The two presidents signed a deal." (published Wednesday 2023-05-10)
    var article = HandCoding.code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN arrived/arrive/VBD in/in/IN Lima/Lima/NNP/LOCATION on/on/IN "
                + "Monday/Monday/NNP for/for/IN a/a/DT state/state/NN visit/visit/NN and/and/CC held/hold/VBD talks/talk/NNS with/with/IN "
                + "Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN on/on/IN Tuesday/Tuesday/NNP ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) nsubj(14,3) root(0,4) case(6,5) obl:in(4,6) case(8,7) obl:on(4,8) case(12,9) det(12,10) "
                + "compound(12,11) obl:for(4,12) cc(14,13) conj:and(4,14) obj(14,15) case(19,16) nmod:poss(19,17) case(17,18) nmod:with(15,19) "
                + "case(21,20) obl:on(14,21) punct(4,22)")
        .sentence("The/the/DT two/two/CD presidents/president/NNS signed/sign/VBD a/a/DT deal/deal/NN ././.",
            "det(3,1) nummod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)"));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("057")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-09"));
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
