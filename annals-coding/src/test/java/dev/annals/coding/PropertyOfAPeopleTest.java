package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Property seized or destroyed in a place a people's adjective names is that people's. */
class PropertyOfAPeopleTest {
  @Test
  void homesDemolishedInAPeoplesSettlementAreTheirCiviliansProperty() {
    // "Chilean authorities demolished homes in a Haitian settlement on Thursday."
    assertThat(triples(code("Chilean/Chilean/JJ/MISC authorities/authority/NNS demolished/demolish/VBD homes/home/NNS in/in/IN a/a/DT Haitian/Haitian/JJ/MISC "
        + "settlement/settlement/NN on/on/IN Thursday/Thursday/NNP/DATE ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(8,5) det(8,6) amod(8,7) obl:in(3,8) case(10,9) obl:on(3,10) punct(3,11)")))
        .contains("CHLGOV HTICVL 1712");
  }

  @Test
  void aNamedTownOrTheDoersOwnPeopleOwnsNothingSo() {
    // "Chilean authorities demolished homes in Arica.", "... in a Chilean village.": no owner told.
    assertThat(triples(code("Chilean/Chilean/JJ/MISC authorities/authority/NNS demolished/demolish/VBD homes/home/NNS in/in/IN Arica/Arica/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:in(3,6) punct(3,7)")))
        .noneMatch(t -> t.contains(" CHL") && t.endsWith(" 1712"));
    assertThat(triples(code("Chilean/Chilean/JJ/MISC authorities/authority/NNS demolished/demolish/VBD homes/home/NNS in/in/IN a/a/DT Chilean/Chilean/JJ/MISC "
        + "village/village/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(8,5) det(8,6) amod(8,7) obl:in(3,8) punct(3,9)")))
        .noneMatch(t -> t.contains(" CHL") && t.endsWith(" 1712"));
  }
}
