package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A state's demand naming no one is made of the state it was last at odds with (AntecedentTargets). */
class DemandsOfTheSideAtOddsTest {
  private static final String SUMMONED = "Greece/Greece/NNP/LOCATION summoned/summon/VBD Egypt/Egypt/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.";
  private static final String SUMMONED_PARSE = "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)";

  @Test
  void aDemandNamingNoOneIsMadeOfTheStateLastAtOdds() {
    // "Greece summoned Egypt's ambassador. Greece demanded guarantees."
    assertThat(triples(code(new HandBuiltText().sentence(SUMMONED, SUMMONED_PARSE)
        .sentence("Greece/Greece/NNP/LOCATION demanded/demand/VBD guarantees/guarantee/NNS ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"))))
        .anyMatch(t -> t.matches("GRC EGY\\w* 10\\d*"));
  }

  @Test
  void aDemandIsNotMadeOfAttackersTheStateCondemned() {
    // "Gunmen attacked Chinese engineers. China condemned the attack and demanded guarantees."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Gunmen/gunman/NNS attacked/attack/VBD Chinese/Chinese/JJ/MISC engineers/engineer/NNS ././.", "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence("China/China/NNP/LOCATION condemned/condemn/VBD the/the/DT attack/attack/NN and/and/CC demanded/demand/VBD guarantees/guarantee/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) obj(6,7) punct(2,8)"))))
        .noneMatch(t -> t.startsWith("CHN") && t.matches(".* 10\\d*"));
  }
}
