package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Killings told by a participle on the attack that did them. */
class AttackOutcomesTest {
  @Test
  void soldiersOfNoCountryKilledInAnAttackOnAnArmyAreThatArmysAndNoSecondAttack() {
    // "Rebels attacked a Chilean army post, killing six soldiers."
    assertThat(code("Rebels/rebel/NNS attacked/attack/VBD a/a/DT Chilean/Chilean/JJ/MISC army/army/NN post/post/NN ,/,/, killing/kill/VBG six/six/CD "
            + "soldiers/soldier/NNS ././.",
        "nsubj(2,1) root(0,2) det(6,3) amod(6,4) compound(6,5) obj(2,6) punct(2,7) dep(2,8) nummod(10,9) obj(8,10) punct(2,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.contains(" CHLMIL 1")).noneMatch(t -> t.contains(" MIL 1") && !t.contains("CHLMIL"));
  }

  @Test
  void theHurtOfNoSideNamedAreOfTheSideAttackedAndNoSecondAttack() {
    // "Chilean rebels attacked a Peruvian bus, injuring two passengers." ("passengers" of no side)
    assertThat(code("Chilean/Chilean/JJ/MISC rebels/rebel/NNS attacked/attack/VBD a/a/DT Peruvian/Peruvian/JJ/MISC bus/bus/NN ,/,/, injuring/injure/VBG "
            + "two/two/CD players/player/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7) dep(3,8) nummod(10,9) obj(8,10) punct(3,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLREB PER")).noneMatch(t -> t.startsWith("CHLREB - "));
  }

  @Test
  void theHurtOfASideNamedStayAnEventOfTheirOwn() {
    // "Chilean rebels attacked a Peruvian bus, killing two Bolivian guards."
    assertThat(code("Chilean/Chilean/JJ/MISC rebels/rebel/NNS attacked/attack/VBD a/a/DT Peruvian/Peruvian/JJ/MISC bus/bus/NN ,/,/, killing/kill/VBG "
            + "two/two/CD Bolivian/Bolivian/JJ/MISC guards/guard/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7) dep(3,8) nummod(11,9) amod(11,10) obj(8,11) punct(3,12)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLREB PER")).anyMatch(t -> t.startsWith("CHLREB BOL") || t.startsWith("CHLREB - "));
  }

  @Test
  void anAttackOnAPlaceOfNoSideIsAimedAtTheSideItKilledOnce() {
    // "Chilean rebels attacked a post near the border, killing four Peruvian soldiers."
    var triples = code("Chilean/Chilean/JJ/MISC rebels/rebel/NNS attacked/attack/VBD a/a/DT post/post/NN near/near/IN the/the/DT border/border/NN ,/,/, "
            + "killing/kill/VBG four/four/CD Peruvian/Peruvian/JJ/MISC soldiers/soldier/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) nmod:near(5,8) punct(3,9) dep(3,10) nummod(13,11) amod(13,12) obj(10,13) punct(3,14)").events()
        .stream().map(e -> triple(e)).toList();
    assertThat(triples).filteredOn(t -> t.startsWith("CHLREB PERMIL 1")).hasSize(1);
    assertThat(triples).noneMatch(t -> t.startsWith("CHLREB - "));
  }

  @Test
  void theKilledOfTheCountryWhosePropertyWasAttackedAreNoSecondAttack() {
    // "Chilean rebels attacked a Peruvian mine, killing three Peruvian workers."
    var triples = code("Chilean/Chilean/JJ/MISC rebels/rebel/NNS attacked/attack/VBD a/a/DT Peruvian/Peruvian/JJ/MISC mine/mine/NN ,/,/, killing/kill/VBG "
            + "three/three/CD Peruvian/Peruvian/JJ/MISC workers/worker/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7) dep(3,8) nummod(11,9) amod(11,10) obj(8,11) punct(3,12)").events()
        .stream().map(e -> triple(e)).toList();
    assertThat(triples).filteredOn(t -> t.startsWith("CHLREB PER")).hasSize(1);
  }
}
