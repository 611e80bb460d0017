package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Equipment handed to a state's body is aid given to it (070). */
class EquipmentHandedTest {
  @Test
  void vehiclesHandedToAPoliceForceAreAid() {
    // "China handed Nauru's police 12 vehicles."
    assertThat(code("China/China/NNP/LOCATION handed/hand/VBD Nauru/Nauru/NNP/LOCATION 's/'s/POS police/police/NN 12/12/CD vehicles/vehicle/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) iobj(2,5) nummod(7,6) obj(2,7) punct(2,8)").events())
        .extracting(e -> triple(e)).contains("CHN NRUCOP 070");
  }
}
