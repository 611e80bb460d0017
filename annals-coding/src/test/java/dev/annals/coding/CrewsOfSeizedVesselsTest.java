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

  private static final String FIRED = "Gunmen/gunman/NNS on/on/IN the/the/DT Myanmar/Myanmar/NNP/LOCATION bank/bank/NN fired/fire/VBD on/on/IN a/a/DT "
      + "Laotian/Laotian/JJ/MISC boat/boat/NN ,/,/, killing/kill/VBG two/two/CD crew/crew/NN members/member/NNS ././.";
  private static final String FIRED_EDGES = "nsubj(6,1) case(5,2) det(5,3) compound(5,4) nmod:on(1,5) root(0,6) case(10,7) det(10,8) amod(10,9) obl:on(6,10) "
      + "punct(6,11) advcl(6,12) nummod(15,13) compound(15,14) obj(12,15) punct(6,16)";

  @Test
  void aCrewKilledWhenTheirBoatIsFiredOnIsOfTheBoatsCountry() {
    // "Gunmen on the Myanmar bank fired on a Laotian boat, killing two crew members": the killing
    // is the outcome of the attack on Laos's boat, not an attack on Myanmar's people.
    assertThat(triples(code(FIRED, FIRED_EDGES))).anyMatch(t -> t.startsWith("MMRUAF LAO 19")).noneMatch(t -> t.startsWith("MMRUAF MMRCVL"));
  }

  @Test
  void aCrewNamedWithItsNationKeepsIt() {
    // "Gunmen on the Myanmar bank fired on a Laotian boat, killing two Thai crew members."
    assertThat(triples(code(FIRED.replace("two/two/CD", "two/two/CD Thai/Thai/JJ/MISC"),
        FIRED_EDGES.replace("nummod(15,13) compound(15,14) obj(12,15) punct(6,16)", "nummod(16,13) amod(16,14) compound(16,15) obj(12,16) punct(6,17)"))))
        .anyMatch(t -> t.startsWith("MMRUAF THACVL 19"));
  }

  @Test
  void aCrewTheSeizersOwnPronounSeemsToOwnIsOfTheSeizedShipsCountry() {
    // "Libya's navy seized a Turkish ship and detained its 14 crew": "its" may find the navy, the
    // clause's subject; the crew held is the ship's.
    assertThat(triples(code(
        "Libya/Libya/NNP/LOCATION 's/'s/POS navy/navy/NN seized/seize/VBD a/a/DT Turkish/Turkish/JJ/MISC ship/ship/NN and/and/CC detained/detain/VBD "
            + "its/its/PRP$ 14/14/CD crew/crew/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) nsubj(9,3) root(0,4) det(7,5) amod(7,6) obj(4,7) cc(9,8) conj:and(4,9) nmod:poss(12,10) nummod(12,11) "
            + "obj(9,12) punct(4,13)")))
        .anyMatch(t -> t.startsWith("LBYMIL TURCVL 173")).noneMatch(t -> t.startsWith("LBYMIL LBYCVL"));
  }
}
