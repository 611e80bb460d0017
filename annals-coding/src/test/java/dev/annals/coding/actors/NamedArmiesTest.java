package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An army called by a name of no state is an armed group's, helicopters that bomb are armed forces'; a standing control is no occupation. */
class NamedArmiesTest {
  private static final String ATTACKED = "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) amod(7,6) obj(5,7) punct(5,8)";

  @Test
  void anArmyNamedByNoStateIsAnArmedGroup() {
    // "The Kachin Independence Army attacked Myanmar troops."
    assertThat(code("The/the/DT Kachin/Kachin/NNP/ORGANIZATION Independence/Independence/NNP/ORGANIZATION Army/Army/NNP/ORGANIZATION attacked/attack/VBD "
            + "Myanmar/Myanmar/JJ troops/troop/NNS ././.", ATTACKED).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("\\w*REB MMRMIL 19\\d*"));
  }

  @Test
  void aStatesOwnArmyByItsNameIsNoArmedGroup() {
    // "The Royal Thai Army attacked Myanmar troops."
    assertThat(code("The/the/DT Royal/Royal/NNP/ORGANIZATION Thai/Thai/NNP/ORGANIZATION Army/Army/NNP/ORGANIZATION attacked/attack/VBD "
            + "Myanmar/Myanmar/JJ troops/troop/NNS ././.", ATTACKED).events())
        .extracting(e -> triple(e)).noneMatch(t -> t.contains("REB"));
  }

  @Test
  void aStandingControlIsNoOccupation() {
    // "Rebels control the town."
    assertThat(code("Rebels/rebel/NNS control/control/VBP the/the/DT town/town/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 192"));
  }

  @Test
  void helicoptersThatBombAreArmedForces() {
    // "Sudanese helicopters bombed Chadian troops."
    assertThat(code("Sudanese/Sudanese/JJ helicopters/helicopter/NNS bombed/bomb/VBD Chadian/Chadian/JJ troops/troop/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) punct(3,6)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("SDNMIL TCDMIL 19\\d*"));
  }
}
