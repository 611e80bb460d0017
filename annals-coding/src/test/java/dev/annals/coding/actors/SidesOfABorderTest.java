package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Gunmen on the Thai bank of the river": people on one country's side of a border are that country's. */
class SidesOfABorderTest {
  private static final String EDGES = "nsubj(9,1) case(5,2) det(5,3) amod(5,4) nmod:on(1,5) case(8,6) det(8,7) nmod:of(5,8) root(0,9) case(13,10) "
      + "det(13,11) amod(13,12) obl:on(9,13) punct(9,14)";

  @Test
  void gunmenOnACountrysBankAreThatCountrys() {
    // "Gunmen on the Thai bank of the river fired on a Cambodian boat."
    assertThat(code("Gunmen/gunman/NNS on/on/IN the/the/DT Thai/Thai/JJ/MISC bank/bank/NN of/of/IN the/the/DT river/river/NN fired/fire/VBD "
        + "on/on/IN a/a/DT Cambodian/Cambodian/JJ/MISC boat/boat/NN ././.", EDGES).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("THAUAF KHM"));
  }

  @Test
  void gunmenOnACountryNamedBankAreThatCountrysThoughTheStoryIsTheOthers() {
    // "Gunmen on the Myanmar bank of the river fired on a Laotian boat, Laos's agency reported."
    assertThat(code("Gunmen/gunman/NNS on/on/IN the/the/DT Myanmar/Myanmar/NNP/LOCATION bank/bank/NN of/of/IN the/the/DT river/river/NN fired/fire/VBD "
        + "on/on/IN a/a/DT Laotian/Laotian/JJ/MISC boat/boat/NN ,/,/, Laos/Laos/NNP/LOCATION 's/'s/POS agency/agency/NN reported/report/VBD ././.",
        "nsubj(9,1) case(5,2) det(5,3) compound(5,4) nmod:on(1,5) case(8,6) det(8,7) nmod:of(5,8) ccomp(18,9) case(13,10) det(13,11) amod(13,12) "
            + "obl:on(9,13) punct(18,14) nmod:poss(17,15) case(15,16) nsubj(18,17) root(0,18) punct(18,19)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("MMRUAF LAO"));
  }

  @Test
  void gunmenOnABankOfNoCountryAreLeftToTheStory() {
    // "Gunmen on the eastern bank of the river fired on a Cambodian boat."
    assertThat(code("Gunmen/gunman/NNS on/on/IN the/the/DT eastern/eastern/JJ bank/bank/NN of/of/IN the/the/DT river/river/NN fired/fire/VBD "
        + "on/on/IN a/a/DT Cambodian/Cambodian/JJ/MISC boat/boat/NN ././.", EDGES).events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("THA"));
  }
}
