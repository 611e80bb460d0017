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

  @Test
  void theForceIsThePoliceNamedJustBefore() {
    // "Botswana police arrested six drivers, the force said.": the Botswana police said so, not an army.
    var text = new dev.annals.coding.HandBuiltText().sentence(
        "Botswana/Botswana/NNP/LOCATION police/police/NN arrested/arrest/VBD six/six/CD drivers/driver/NNS ,/,/, the/the/DT force/force/NN said/say/VBD ././.",
        "compound(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) punct(3,6) det(8,7) nsubj(9,8) parataxis(3,9) punct(3,10)");
    assertThat(code(text).events()).extracting(e -> e.source().code()).doesNotContain("BWAMIL").contains("BWACOP");
  }
}
