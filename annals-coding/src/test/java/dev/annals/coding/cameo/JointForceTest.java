package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Force two sides use jointly is cooperation between them, not force on each other. */
class JointForceTest {
  @Test
  void jointRaidsAreCooperationBetweenTheRaiders() {
    // "Chilean and Peruvian police carried out joint raids on farms."
    assertThat(code("Chilean/Chilean/JJ/MISC and/and/CC Peruvian/Peruvian/JJ/MISC police/police/NN carried/carry/VBD out/out/RP joint/joint/JJ "
            + "raids/raid/NNS on/on/IN farms/farm/NNS ././.",
        "amod(4,1) cc(3,2) conj:and(1,3) amod(4,3) nsubj(5,4) root(0,5) compound:prt(5,6) amod(8,7) obj(5,8) case(10,9) obl:on(5,10) punct(5,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" 060")).noneMatch(t -> t.endsWith(" 180"));
  }

  @Test
  void anExerciseBegunByWarshipsOfTwoStatesIsMilitaryCooperationBetweenThem() {
    // "Chilean and Peruvian warships began an exercise off Arica."
    assertThat(code("Chilean/Chilean/JJ/MISC and/and/CC Peruvian/Peruvian/JJ/MISC warships/warship/NNS began/begin/VBD an/a/DT exercise/exercise/NN "
            + "off/off/IN Arica/Arica/NNP/LOCATION ././.",
        "amod(4,1) cc(3,2) conj:and(1,3) amod(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) case(9,8) obl:off(5,9) punct(5,10)").events())
        .extracting(e -> triple(e)).contains("CHLMIL PERMIL 062", "PERMIL CHLMIL 062").noneMatch(t -> t.endsWith(" 150"));
  }

  @Test
  void anExerciseBegunByOneStateIsAShowOfForce() {
    // "Chilean warships began an exercise off Arica."
    assertThat(code("Chilean/Chilean/JJ/MISC warships/warship/NNS began/begin/VBD an/a/DT exercise/exercise/NN off/off/IN Arica/Arica/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:off(3,7) punct(3,8)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" 150")).noneMatch(t -> t.endsWith(" 062"));
  }

  @Test
  void boatsSentBySmugglersShowNoForce() {
    // "Smugglers sent boats."
    assertThat(code("Smugglers/smuggler/NNS sent/send/VBD boats/boat/NNS ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 150"));
  }

  @Test
  void aJointPatrolAmbushedIsAttackedNotCooperating() {
    // "Militants ambushed a joint patrol of Chilean and Peruvian police."
    assertThat(code("Militants/militant/NNS ambushed/ambush/VBD a/a/DT joint/joint/JJ patrol/patrol/NN of/of/IN Chilean/Chilean/JJ/MISC and/and/CC "
            + "Peruvian/Peruvian/JJ/MISC police/police/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) case(10,6) amod(10,7) cc(9,8) conj:and(7,9) amod(10,9) nmod:of(5,10) punct(2,11)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 060"));
  }
}
