package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A state's agents, with no service named, are its police, as its border service is; porters are civilians. */
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

  @Test
  void aStatesBorderServiceIsItsPolice() {
    // "Kyrgyzstan's border service detained three Tajik nationals."
    assertThat(code("Kyrgyzstan/Kyrgyzstan/NNP/LOCATION 's/'s/POS border/border/NN service/service/NN detained/detain/VBD three/three/CD "
            + "Tajik/Tajik/JJ/MISC nationals/national/NNS ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) nummod(8,6) amod(8,7) obj(5,8) punct(5,9)").events())
        .extracting(e -> triple(e)).contains("KGZCOP TJKCVL 173");
  }
}
