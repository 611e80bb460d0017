package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Vehicles turned back at a border are stopped from moving (191). */
class TurnedBackTest {
  // "Greek officers turned back Bulgarian trucks on Tuesday."
  private static final String WORDS = "Greek/Greek/JJ/MISC officers/officer/NNS turned/turn/VBD back/back/RB Bulgarian/Bulgarian/JJ/MISC trucks/truck/NNS "
      + "on/on/IN Tuesday/Tuesday/NNP/DATE ././.";
  private static final String EDGES = "amod(2,1) nsubj(3,2) root(0,3) advmod(3,4) amod(6,5) obj(3,6) case(8,7) obl:on(3,8) punct(3,9)";

  @Test
  void trucksTurnedBackAreStoppedFromMoving() {
    assertThat(code(WORDS, EDGES).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("GRC") && t.endsWith(" 191"));
  }
}
