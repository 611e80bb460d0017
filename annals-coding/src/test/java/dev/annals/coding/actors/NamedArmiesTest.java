package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
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
  void aPlacesNameRunOnIntoAKnownArmysNameIsAnotherArmedGroup() {
    // "The West Papua National Liberation Army attacked Indonesian troops.": not Colombia's
    // National Liberation Army (ELN), nor the West; "National" names no foreign nationals, and
    // "Liberation" makes the army a rebel one though it calls itself national.
    String attacked = "det(6,1) compound(6,2) compound(6,3) compound(6,4) compound(6,5) nsubj(7,6) root(0,7) amod(9,8) obj(7,9) punct(7,10)";
    assertThat(code("The/the/DT West/West/NNP/ORGANIZATION Papua/Papua/NNP/ORGANIZATION National/National/NNP/ORGANIZATION "
            + "Liberation/Liberation/NNP/ORGANIZATION Army/Army/NNP/ORGANIZATION attacked/attack/VBD Indonesian/Indonesian/JJ/MISC troops/troop/NNS ././.", attacked).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("\\w*REB IDNMIL 19\\d*")).noneMatch(t -> t.startsWith("ELN") || t.startsWith("WST"));
  }

  @Test
  void campsNamedByAnArmedGroupsAcronymAreThatGroups() {
    // "Ugandan troops struck ADF camps." (The tagger takes the acronym for a common noun.)
    assertThat(code("Ugandan/Ugandan/JJ/MISC troops/troops/NNS struck/strike/VBD ADF/ADF/NN/ORGANIZATION camps/camp/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) compound(5,4) obj(3,5) punct(3,6)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("UGAMIL ADF 19"));
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

  @Test
  void theArmyALeaderOrdersIsHisStatesArmy() {
    // "Peru's president telephoned Chile's president and ordered the army to attack the rebels."
    assertThat(code("Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN telephoned/telephone/VBD Chile/Chile/NNP/LOCATION 's/'s/POS "
            + "president/president/NN and/and/CC ordered/order/VBD the/the/DT army/army/NN to/to/TO attack/attack/VB the/the/DT rebels/rebel/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) cc(9,8) conj:and(4,9) nsubj(9,3) det(11,10) obj(9,11) "
            + "mark(13,12) xcomp(9,13) nsubj:xsubj(13,11) det(15,14) obj(13,15) punct(4,16)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERMIL ")).noneMatch(t -> t.startsWith("CHLMIL "));
  }

  @Test
  void forcesAStateSendsAreItsOwn() {
    // "Peru's president telephoned Chile's president and sent troops to attack the rebels."
    assertThat(code("Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN telephoned/telephone/VBD Chile/Chile/NNP/LOCATION 's/'s/POS "
            + "president/president/NN and/and/CC sent/send/VBD troops/troop/NNS to/to/TO attack/attack/VB the/the/DT rebels/rebel/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) cc(9,8) conj:and(4,9) nsubj(9,3) obj(9,10) "
            + "mark(12,11) xcomp(9,12) nsubj:xsubj(12,10) det(14,13) obj(12,14) punct(4,15)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERMIL ")).noneMatch(t -> t.startsWith("CHLMIL "));
  }

  @Test
  void peacekeepersOfNoNamedCountryAreTheUnsNotTheHostsArmy() {
    // "The UN praised Congo. Rebels attacked peacekeepers."
    HandBuiltText text = new HandBuiltText()
        .sentence("The/the/DT UN/UN/NNP/ORGANIZATION praised/praise/VBD Congo/Congo/NNP/LOCATION ././.", "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)")
        .sentence("Rebels/rebel/NNS attacked/attack/VBD peacekeepers/peacekeeper/NNS ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("\\w+ UN 1\\d+")).noneMatch(t -> t.contains("CODMIL"));
  }
}
