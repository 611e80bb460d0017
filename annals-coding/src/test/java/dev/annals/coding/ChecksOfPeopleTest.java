package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Those a check is made on ("screening of all arriving passengers") are not whose the check is, nor whom an act with it is aimed at. */
class ChecksOfPeopleTest {
  @Test
  void flightsResumedWithScreeningOfPassengersAreResumedWithEachOther() {
    // "Peru and Chile agreed to resume flights with screening of arriving passengers."
    var article = code("Peru/Peru/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION agreed/agree/VBD to/to/TO resume/resume/VB flights/flight/NNS with/with/IN "
        + "screening/screening/NN of/of/IN arriving/arrive/VBG passengers/passenger/NNS ././.",
        "cc(3,2) conj:and(1,3) nsubj(4,1) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) obj(6,7) case(9,8) obl:with(6,9) case(12,10) amod(12,11) nmod:of(9,12) punct(4,13)");
    assertThat(triples(article)).anyMatch(t -> t.startsWith("PER CHL ")).anyMatch(t -> t.startsWith("CHL PER ")).noneMatch(t -> t.contains("CVL"));
  }
}
