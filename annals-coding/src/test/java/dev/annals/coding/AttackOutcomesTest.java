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
  @Test
  void childrenAbductedInARaidAreAnAbductionAndTheEventTakesItsCode() {
    // "Armed raiders from South Sudan's Pibor area attacked three villages in Kenya's Turkana region on Sunday, killing 11 people and abducting 16 children."
    var triples = code("Armed/armed/JJ raiders/raider/NNS from/from/IN South/South/NNP/LOCATION Sudan/Sudan/NNP/LOCATION 's/'s/POS Pibor/Pibor/NNP/LOCATION "
            + "area/area/NN attacked/attack/VBD three/three/CD villages/village/NNS in/in/IN Kenya/Kenya/NNP/LOCATION 's/'s/POS Turkana/Turkana/NNP/LOCATION "
            + "region/region/NN on/on/IN Sunday/Sunday/NNP/DATE ,/,/, killing/kill/VBG 11/11/CD people/people/NNS and/and/CC abducting/abduct/VBG 16/16/CD "
            + "children/child/NNS ././.",
        "amod(2,1) nsubj(9,2) nsubj(20,2) nsubj(24,2) case(8,3) compound(5,4) nmod:poss(8,5) case(5,6) compound(8,7) nmod:from(2,8) root(0,9) nummod(11,10) "
            + "obj(9,11) case(16,12) nmod:poss(16,13) case(13,14) compound(16,15) nmod:in(11,16) case(18,17) obl:on(9,18) punct(9,19) conj:and(9,20) "
            + "nummod(22,21) obj(20,22) cc(24,23) conj:and(9,24) nummod(26,25) obj(24,26) punct(9,27)").events()
        .stream().map(e -> triple(e)).toList();
    // The raiders come from South Sudan (a part of a country is that country's), and the abduction
    // is no mere outcome of the attack: it is kept, and as the most specific code of its event.
    assertThat(triples).anyMatch(t -> t.startsWith("SSDUAF ") && t.endsWith(" 181")).noneMatch(t -> t.startsWith("KEN"));
  }
}
