package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A deed an accusation lays on the accused by its noun, judged again by that noun, is the accused's (AntecedentTargets). */
class AccusedDeedsJudgedTest {
  private static final String ACCUSED = "Albania/Albania/NNP/LOCATION accused/accuse/VBD Iran/Iran/NNP/LOCATION of/of/IN a/a/DT "
      + "cyberattack/cyberattack/NN ././.";
  private static final String ACCUSED_EDGES = "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:of(2,6) punct(2,7)";

  @Test
  void theAttackCondemnedIsTheAccusedsCyberattack() {
    // "Albania accused Iran of a cyberattack. NATO condemned the attack."
    var article = code(new HandBuiltText().sentence(ACCUSED, ACCUSED_EDGES)
        .sentence("NATO/NATO/NNP/ORGANIZATION condemned/condemn/VBD the/the/DT attack/attack/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("NATO IRN\\S* 11\\d*"));
  }

  @Test
  void anotherDeedCondemnedIsNotTheAccuseds() {
    // "Albania accused Iran of a cyberattack. NATO condemned the arrests.": no arrest was laid on Iran.
    var article = code(new HandBuiltText().sentence(ACCUSED, ACCUSED_EDGES)
        .sentence("NATO/NATO/NNP/ORGANIZATION condemned/condemn/VBD the/the/DT arrests/arrest/NNS ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.matches("NATO IRN\\S* 11\\d*"));
  }
}
