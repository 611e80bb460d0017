package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A crew held with the vessels a side seized is of the vessels' country (CrewsOfSeizedVessels), and a maritime security agency is a coast guard. */
class CrewsOfSeizedVesselsTest {
  @Test
  void aCrewDetainedWithSeizedBoatsIsOfTheBoatsCountry() {
    // "Indonesia's maritime security agency seized two Vietnamese boats and detained 20 crew members in Natuna."
    assertThat(triples(code(
        "Indonesia/Indonesia/NNP/LOCATION 's/'s/POS maritime/maritime/JJ security/security/NN agency/agency/NN seized/seize/VBD two/two/CD "
            + "Vietnamese/Vietnamese/JJ boats/boat/NNS and/and/CC detained/detain/VBD 20/20/CD crew/crew/NN members/member/NNS in/in/IN "
            + "Natuna/Natuna/NNP/LOCATION ././.",
        "nmod:poss(5,1) case(1,2) amod(5,3) compound(5,4) nsubj(6,5) nsubj(11,5) root(0,6) nummod(9,7) amod(9,8) obj(6,9) cc(11,10) conj:and(6,11) "
            + "nummod(14,12) compound(14,13) obj(11,14) case(16,15) obl:in(11,16) punct(6,17)")))
        .contains("IDNMIL VNM 1711", "IDNMIL VNMCVL 173");
  }
}
