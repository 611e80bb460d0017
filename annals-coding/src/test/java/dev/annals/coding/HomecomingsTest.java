package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arriving in a city of one's own country is no visit. */
class HomecomingsTest {
  @Test
  void aChileanLandingInSantiagoComesHome() {
    // "A Chilean engineer landed in Santiago on Saturday."
    assertThat(code("A/a/DT Chilean/Chilean/JJ/MISC engineer/engineer/NN landed/land/VBD in/in/IN Santiago/Santiago/NNP/LOCATION on/on/IN Saturday/Saturday/NNP ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) case(6,5) obl:in(4,6) case(8,7) obl:on(4,8) punct(4,9)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 042"));
  }

  @Test
  void aChileanLandingInLimaVisitsPeru() {
    // "A Chilean engineer landed in Lima on Saturday."
    assertThat(code("A/a/DT Chilean/Chilean/JJ/MISC engineer/engineer/NN landed/land/VBD in/in/IN Lima/Lima/NNP/LOCATION on/on/IN Saturday/Saturday/NNP ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) case(6,5) obl:in(4,6) case(8,7) obl:on(4,8) punct(4,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLCVL PER") && t.endsWith(" 042"));
  }

  @Test
  void aRebelTravellingToHisOwnCapitalVisitsTheState() {
    // "Chilean rebels travelled to Santiago on Saturday."
    assertThat(code("Chilean/Chilean/JJ/MISC rebels/rebel/NNS travelled/travel/VBD to/to/IN Santiago/Santiago/NNP/LOCATION on/on/IN Saturday/Saturday/NNP ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:to(3,5) case(7,6) obl:on(3,7) punct(3,8)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLREB CHL") && t.endsWith(" 042"));
  }
}
