package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An exemption or waiver sought from a state is an appeal to ease its sanctions (0254). */
class ExemptionsSoughtTest {
  @Test
  void anExemptionSoughtFromAStateIsAnAppealToEaseSanctions() {
    // "India sought an exemption from Washington."
    assertThat(code("India/India/NNP/LOCATION sought/seek/VBD an/a/DT exemption/exemption/NN from/from/IN Washington/Washington/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:from(4,6) punct(2,7)").events())
        .extracting(e -> triple(e)).contains("IND USAGOV 0254");
  }
}
