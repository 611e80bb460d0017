package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "drove tractors through Rome in protest against France": a protest an act was done in is its doers' protest. */
class ActsDoneInProtestTest {
  @Test
  void aProtestAnActWasDoneInIsTheDoersProtest() {
    // "Italian farmers drove tractors through Rome in protest against France."
    assertThat(code("Italian/Italian/JJ/MISC farmers/farmer/NNS drove/drive/VBD tractors/tractor/NNS through/through/IN Rome/Rome/NNP/LOCATION "
        + "in/in/IN protest/protest/NN against/against/IN France/France/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:through(3,6) case(8,7) obl:in(3,8) case(10,9) nmod:against(8,10) punct(3,11)").events())
        .extracting(e -> triple(e)).contains("ITAAGR FRA 141");
  }

  @Test
  void anActThatCodesItselfIsTheProtestNoOtherBeside() {
    // "Italian farmers blocked roads in protest against France."
    assertThat(code("Italian/Italian/JJ/MISC farmers/farmer/NNS blocked/block/VBD roads/road/NNS in/in/IN protest/protest/NN against/against/IN "
        + "France/France/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:in(3,6) case(8,7) nmod:against(6,8) punct(3,9)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 141"));
  }
}
