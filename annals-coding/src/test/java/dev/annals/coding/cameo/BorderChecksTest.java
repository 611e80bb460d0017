package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checks kept on at a border, or tightened on someone, restrict movement (191); checks tightened on no one are no event. */
class BorderChecksTest {
  @Test
  void checksExtendedOnABorderRestrictMovement() {
    // "Austria extended checks on its border."
    assertThat(triples(code("Austria/Austria/NNP/LOCATION extended/extend/VBD checks/check/NNS on/on/IN its/its/PRP$ border/border/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) nmod:poss(6,5) nmod:on(3,6) punct(2,7)"))).contains("AUT - 191");
  }

  @Test
  void checksTightenedOnSomeonesTrucksRestrictTheirMovement() {
    // "Uganda tightened checks on Rwandan trucks."
    assertThat(triples(code("Uganda/Uganda/NNP/LOCATION tightened/tighten/VBD checks/check/NNS on/on/IN Rwandan/Rwandan/JJ/MISC trucks/truck/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:on(2,6) punct(2,7)"))).anyMatch(t -> t.startsWith("UGA RWA") && t.endsWith(" 191"));
  }

  @Test
  void checksTightenedOnNoOneAreAStatesOwnGuard() {
    // "Lebanon tightened checks at the port."
    assertThat(triples(code("Lebanon/Lebanon/NNP/LOCATION tightened/tighten/VBD checks/check/NNS at/at/IN the/the/DT port/port/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:at(2,6) punct(2,7)"))).noneMatch(t -> t.endsWith(" 191"));
  }

  @Test
  void inspectingEveryLorryComingFromANeighbourRestrictsItsPassage() {
    // "Saudi customs began inspecting every lorry entering the kingdom from Bahrain."
    assertThat(triples(code("Saudi/Saudi/JJ/MISC customs/customs/NNS began/begin/VBD inspecting/inspect/VBG every/every/DT lorry/lorry/NN entering/enter/VBG "
            + "the/the/DT kingdom/kingdom/NN from/from/IN Bahrain/Bahrain/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) xcomp(3,4) det(6,5) obj(4,6) acl(6,7) det(9,8) obj(7,9) case(11,10) obl:from(7,11) punct(3,12)")))
        .anyMatch(t -> t.startsWith("SAU") && t.contains(" BHR") && t.endsWith(" 191"));
  }
}
