package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A ministry placed by the city it sits in, and an offer aimed at whoever runs what it pays for. */
class SeatedMinistriesAndRunThingsTest {
  // "Several hundred Portuguese parents rallied outside the education ministry in Luxembourg City on
  // Wednesday. Luxembourg's education minister offered to pay for evening classes run by Portugal's
  // Camoes Institute."
  private static final HandBuiltText RALLY = new HandBuiltText().sentence(
        "Several/several/JJ hundred/hundred/CD Portuguese/Portuguese/JJ parents/parent/NNS rallied/rally/VBD outside/outside/IN the/the/DT "
            + "education/education/NN ministry/ministry/NN in/in/IN Luxembourg/Luxembourg/NNP/LOCATION City/City/NNP/LOCATION on/on/IN "
            + "Wednesday/Wednesday/NNP ././.",
        "root(0,5) advmod(2,1) nummod(4,2) amod(4,3) nsubj(5,4) obl:outside(5,9) obl:on(5,14) punct(5,15) case(9,6) det(9,7) compound(9,8) "
            + "nmod:in(9,12) case(12,10) compound(12,11) case(14,13)").sentence(
        "Luxembourg/Luxembourg/NNP/LOCATION 's/'s/POS education/education/NN minister/minister/NN offered/offer/VBN to/to/TO pay/pay/VB "
            + "for/for/IN evening/evening/NN classes/class/NNS run/run/VBN by/by/IN Portugal/Portugal/NNP/LOCATION 's/'s/POS "
            + "Camoes/Camoes/NNP/ORGANIZATION Institute/Institute/NNP/ORGANIZATION ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) xcomp(5,7) punct(5,17) nsubj:xsubj(7,4) mark(7,6) obl:for(7,10) "
            + "case(10,8) compound(10,9) acl(10,11) obl:by(11,16) case(16,12) nmod:poss(16,13) compound(16,15) case(13,14)");

  @Test
  void aMinistryInACityIsThatCountrysWhoeverRalliesOutsideIt() {
    assertThat(code(RALLY, LocalDate.of(2025, 12, 11)).events()).extracting(e -> triple(e)).contains("PRTCVL LUXGOV 141");
  }

  @Test
  void anOfferToPayForClassesRunBySomeoneIsMadeToThem() {
    assertThat(code(RALLY, LocalDate.of(2025, 12, 11)).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("LUXGOV PRT 03"));
  }
}
