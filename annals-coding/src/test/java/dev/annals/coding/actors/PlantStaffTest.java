package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Those who run a plant, a factory, a mine or a shift in it are of its business. */
class PlantStaffTest {
  @Test
  void aPlantsForeignDirectorIsOfItsBusiness() {
    // "Uzbekistan detained the plant's Chinese director."
    assertThat(code("Uzbekistan/Uzbekistan/NNP/LOCATION detained/detain/VBD the/the/DT plant/plant/NN 's/'s/POS Chinese/Chinese/JJ/MISC director/director/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) nmod:poss(7,4) case(4,5) amod(7,6) obj(2,7) punct(2,8)").events())
        .extracting(e -> triple(e)).contains("UZB CHNBUS 173");
  }
}
