package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What one side accuses another of is coded by the accusation alone (AllegedActs). */
class AllegedActsTest {
  @Test
  void anAccusationOfAttackingCodesTheAccusationNotTheAttack() {
    // "Chile accused Peru of attacking its border posts."
    assertThat(code("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN attacking/attack/VBG its/its/PRP$ border/border/NN posts/post/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) nmod:poss(8,6) compound(8,7) obj(5,8) punct(2,9)").events())
        .extracting(e -> e.type().rootCode()).contains("11").doesNotContain("19");
  }
}
