package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Barriers raised on a border restrict movement; shops shut in protest are a strike (verbs.tsv). */
class BarriersAndShutdownsTest {
  @Test
  void soldiersPuttingUpAFenceRestrictMovement() {
    // "Chilean soldiers put up a fence along the river."
    assertThat(code("Chilean/Chilean/JJ/MISC soldiers/soldier/NNS put/put/VBD up/up/RP a/a/DT fence/fence/NN along/along/IN the/the/DT river/river/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) compound:prt(3,4) det(6,5) obj(3,6) case(9,7) det(9,8) obl:along(3,9) punct(3,10)").events())
        .extracting(e -> triple(e)).contains("CHLMIL - 191");
  }

  @Test
  void tradersShuttingTheirShopsStrike() {
    // "Chilean traders shut their shops in protest."
    assertThat(code("Chilean/Chilean/JJ/MISC traders/trader/NNS shut/shut/VBD their/they/PRP$ shops/shop/NNS in/in/IN protest/protest/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nmod:poss(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)").events())
        .extracting(e -> e.type().code()).contains("143").doesNotContain("172");
  }
}
