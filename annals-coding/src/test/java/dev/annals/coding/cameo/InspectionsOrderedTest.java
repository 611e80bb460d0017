package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An inspection ordered of a side's site is an investigation of that side (090). */
class InspectionsOrderedTest {
  @Test
  void anInspectionOrderedOfAChineseStationInvestigatesChina() {
    // "Argentina ordered an inspection of the Chinese station."
    assertThat(code("Argentina/Argentina/NNP/LOCATION ordered/order/VBD an/a/DT inspection/inspection/NN of/of/IN the/the/DT Chinese/Chinese/JJ/MISC station/station/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) det(8,6) amod(8,7) nmod:of(4,8) punct(2,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ARG CHN") && t.endsWith(" 090"));
  }
}
