package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Telling another to do something is a demand; telling them that something is so is a statement. */
class ToldToDoTest {
  @Test
  void tellingAnotherToActIsADemand() {
    // "France told Russia to open an inquiry."
    assertThat(code("France/France/NNP/LOCATION told/tell/VBD Russia/Russia/NNP/LOCATION to/to/TO open/open/VB an/a/DT inquiry/inquiry/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) det(7,6) obj(5,7) punct(2,8)").events())
        .extracting(e -> triple(e)).contains("FRA RUS 100");
  }

  @Test
  void tellingAnotherThatSomethingIsSoIsNoDemand() {
    // "France told Russia that Paris would expel a diplomat."
    assertThat(code("France/France/NNP/LOCATION told/tell/VBD Russia/Russia/NNP/LOCATION that/that/IN Paris/Paris/NNP/LOCATION would/would/MD expel/expel/VB "
        + "a/a/DT diplomat/diplomat/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(7,4) nsubj(7,5) aux(7,6) ccomp(2,7) det(9,8) obj(7,9) punct(2,10)").events())
        .extracting(e -> triple(e)).doesNotContain("FRA RUS 100");
  }
}
