package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a warrant is issued over is the charge, not a deed the story tells (NounEventCoder). */
class ChargesOfWarrantsTest {
  @Test
  void theAbductionAWarrantIsOverIsNoEvent() {
    // "A Spanish judge issued warrants for three officials over the abduction of Chilean activists."
    assertThat(code("A/a/DT Spanish/Spanish/JJ/MISC judge/judge/NN issued/issue/VBD warrants/warrant/NNS for/for/IN three/three/CD officials/official/NNS "
            + "over/over/IN the/the/DT abduction/abduction/NN of/of/IN Chilean/Chilean/JJ/MISC activists/activist/NNS ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) case(8,6) nummod(8,7) nmod:for(5,8) case(11,9) det(11,10) obl:over(4,11) case(14,12) "
            + "amod(14,13) nmod:of(11,14) punct(4,15)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 181"));
  }
}
