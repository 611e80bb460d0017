package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Travel verbs are visits only when their subject travels (the `intransitive` flag); a guest welcomed to one's capital is hosted. */
class VisitsTest {
  @Test
  void flyingToACountryIsAVisit() {
    // "Chile's president flew to Peru."
    assertThat(code("Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN flew/fly/VBD to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) case(6,5) obl:to(4,6) punct(4,7)").events())
        .extracting(e -> triple(e)).contains("CHLGOV PER 042");
  }

  @Test
  void flyingOthersToACountryIsNoVisit() {
    // "Chile flew the prisoners to Peru."
    assertThat(code("Chile/Chile/NNP/LOCATION flew/fly/VBD the/the/DT prisoners/prisoner/NNS to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(2,7)").events())
        .extracting(e -> e.type().code()).doesNotContain("042");
  }

  @Test
  void peopleFlownByOthersMakeNoVisitOfTheirCarrier() {
    // "Peruvian soldiers were flown to Chile by a Brazilian helicopter.": the soldiers were carried; the helicopter visits no one.
    assertThat(code("Peruvian/Peruvian/JJ/MISC soldiers/soldier/NNS were/be/VBD flown/fly/VBN to/to/IN Chile/Chile/NNP/LOCATION by/by/IN a/a/DT "
            + "Brazilian/Brazilian/JJ/MISC helicopter/helicopter/NN ././.",
        "amod(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) case(6,5) obl:to(4,6) case(10,7) det(10,8) amod(10,9) obl:agent(4,10) punct(4,11)").events())
        .extracting(e -> e.type().code()).doesNotContain("042");
  }

  @Test
  void welcomingAGuestToOnesCapitalHostsTheGuest() {
    // "Chile's president welcomed Dina Boluarte to Santiago." (the guest named, not called a president)
    assertThat(code("Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN welcomed/welcome/VBD Dina/Dina/NNP/PERSON Boluarte/Boluarte/NNP/PERSON "
            + "to/to/IN Santiago/Santiago/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) compound(6,5) obj(4,6) case(8,7) obl:to(4,8) punct(4,9)").events())
        .extracting(e -> triple(e)).contains("CHLGOV PERGOV 043");
  }
}
