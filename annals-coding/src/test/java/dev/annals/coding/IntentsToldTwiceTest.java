package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A meeting agreed on is one intent to meet, dated by the agreeing (AnnouncedActs.withoutIntentsToldTwice). */
class IntentsToldTwiceTest {
  @Test
  void aMeetingTwoSidesAgreedToHoldIsNoSecondAgreementDatedByTheMeeting() {
    // "The foreign ministers of Peru and Chile agreed on Thursday evening to meet in Arica next week, officials said." (told on Wednesday 10 May 2023)
    var article = code(new HandBuiltText().sentence(
        "The/the/DT foreign/foreign/JJ ministers/minister/NNS of/of/IN Peru/Peru/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION agreed/agree/VBD on/on/IN "
            + "Thursday/Thursday/NNP evening/evening/NN to/to/TO meet/meet/VB in/in/IN Arica/Arica/NNP/LOCATION next/next/JJ week/week/NN ,/,/, "
            + "officials/official/NNS said/say/VBD ././.",
        "det(3,1) amod(3,2) nsubj(8,3) nsubj:xsubj(13,3) case(5,4) nmod:of(3,5) cc(7,6) conj:and(5,7) nmod:of(3,7) ccomp(20,8) case(11,9) "
            + "compound(11,10) obl:on(8,11) mark(13,12) xcomp(8,13) case(15,14) obl:in(13,15) amod(17,16) obl:tmod(13,17) punct(20,18) nsubj(20,19) root(0,20) "
            + "punct(20,21)"));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("036")).hasSize(2).allMatch(e -> e.date().value().equals("2023-05-04"));
  }
}
