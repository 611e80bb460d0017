package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an act is done under or at: its framework and its occasion, no deeds of their own. */
class FrameworksAndOccasionsTest {
  @Test
  void handingMilitaryEquipmentToANavyIsMilitaryAidNotASymbolicActAtItsCeremony() {
    // "Japan handed a radar system to Fiji's navy at a ceremony in Suva under its security assistance programme."
    var events = code("Japan/Japan/NNP/LOCATION handed/hand/VBD a/a/DT radar/radar/NN system/system/NN to/to/IN Fiji/Fiji/NNP/LOCATION 's/'s/POS "
            + "navy/navy/NN at/at/IN a/a/DT ceremony/ceremony/NN in/in/IN Suva/Suva/NNP/LOCATION under/under/IN its/its/PRP$ security/security/NN "
            + "assistance/assistance/NN programme/programme/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,5) case(9,6) nmod:poss(9,7) case(7,8) obl:to(2,9) case(12,10) det(12,11) obl:at(2,12) "
            + "case(14,13) nmod:in(12,14) case(19,15) nmod:poss(19,16) compound(18,17) compound(19,18) obl:under(2,19) punct(2,20)").events();
    assertThat(events).extracting(e -> triple(e)).contains("JPN FJIMIL 072");
    assertThat(events).noneMatch(e -> e.type().code().equals("017"));
    assertThat(events).filteredOn(e -> e.type().code().equals("072")).hasSize(1);
  }

  @Test
  void aCeremonyOnItsOwnIsASymbolicAct() {
    // "Chile held a ceremony in Santiago."
    assertThat(code("Chile/Chile/NNP/LOCATION held/hold/VBD a/a/DT ceremony/ceremony/NN in/in/IN Santiago/Santiago/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:in(4,6) punct(2,7)").events())
        .anyMatch(e -> e.type().code().equals("017"));
  }

  @Test
  void movingIntoAPlaceOccupiesItButMovingFromOneDoesNot() {
    // "Chilean troops moved into Peru." / "Chilean migrants moved from Peru in recent years."
    assertThat(code("Chilean/Chilean/JJ/MISC troops/troop/NNS moved/move/VBD into/into/IN Peru/Peru/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:into(3,5) punct(3,6)").events())
        .extracting(e -> triple(e)).contains("CHLMIL PER 192");
    assertThat(code("Chilean/Chilean/JJ/MISC migrants/migrant/NNS moved/move/VBD from/from/IN Peru/Peru/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:from(3,5) punct(3,6)").events())
        .noneMatch(e -> e.type().code().startsWith("19"));
  }
}
