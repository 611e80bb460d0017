package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Another side's base or camp dismantled is its property destroyed (1712), not a step back of one's own (087). */
class DismantledBasesTest {
  @Test
  void anotherSidesCampDismantledIsPropertyDestroyed() {
    assertThat(triples(code("Colombian/Colombian/JJ troops/troop/NNS dismantled/dismantle/VBD the/the/DT rebels/rebel/NNS '/'/POS camp/camp/NN "
        + "near/near/IN the/the/DT border/border/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) nmod:poss(7,5) case(5,6) obj(3,7) case(10,8) det(10,9) obl:near(3,10) punct(3,11)")))
        .contains("COLMIL COLREB 1712");
  }
}
