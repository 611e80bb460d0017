package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A demand told by the participle of a march is made where the march was, of that place's government. */
class DemandsOfMarchesTest {
  @Test
  void foreignWorkersMarchingAbroadDemandOfTheHostGovernment() {
    // "Nepali workers marched in Seoul, demanding rules."
    assertThat(code("Nepali/Nepali/JJ/MISC workers/worker/NNS marched/march/VBD in/in/IN Seoul/Seoul/NNP/LOCATION ,/,/, demanding/demand/VBG rules/rule/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6) dep(3,7) obj(7,8) punct(3,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("NPLLAB KORGOV 10")).noneMatch(t -> t.startsWith("NPLLAB NPLGOV 10"));
  }
}
