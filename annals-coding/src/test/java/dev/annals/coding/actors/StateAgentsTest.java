package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A state's agents, with no service named, are its police; porters are civilians. */
class StateAgentsTest {
  @Test
  void aStatesAgentsArrestAsItsPolice() {
    // "Philippine agents arrested three Chinese nationals."
    assertThat(code("Philippine/Philippine/JJ/MISC agents/agent/NNS arrested/arrest/VBD three/three/CD Chinese/Chinese/JJ/MISC nationals/national/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)").events())
        .extracting(e -> triple(e)).contains("PHLCOP CHNCVL 173");
  }

  @Test
  void portersAreCivilians() {
    // "Argentine gendarmes detained 23 Bolivian porters."
    assertThat(code("Argentine/Argentine/JJ/MISC gendarmes/gendarme/NNS detained/detain/VBD 23/23/CD Bolivian/Bolivian/JJ/MISC porters/porter/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith("BOLCVL 173"));
  }
}
