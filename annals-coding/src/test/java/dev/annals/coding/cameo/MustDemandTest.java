package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** Saying that another must act is demanding it of them; saying it of one's own side is not. */
class MustDemandTest {
  private static CodedArticle franceSaid(String actor) {
    return code(
        "France/France/NNP/LOCATION said/say/VBD " + actor + "/" + actor + "/NNP/LOCATION must/must/MD act/act/VB ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) punct(2,6)");
  }

  @Test
  void sayingAnotherCountryMustActIsADemand() {
    assertThat(franceSaid("Russia").events()).extracting(e -> triple(e)).contains("FRA RUS 100");
  }

  @Test
  void sayingARegionOfOnesOwnMustActIsNoDemand() {
    assertThat(franceSaid("Europe").events()).extracting(e -> triple(e)).doesNotContain("FRA EUR 100");
  }
}
