package dev.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnreducedPluralsTest {
  @Test
  void troopsLeftPluralByTheLemmatiserBecomeATroop() {
    assertThat(UnreducedPlurals.lemma("troops", "NNS")).isEqualTo("troop");
    assertThat(UnreducedPlurals.lemma("Troops", "NNS")).isEqualTo("troop");
    assertThat(UnreducedPlurals.lemma("munitions", "NNS")).isEqualTo("munition");
  }

  @Test
  void pluralsWithAMeaningOfTheirOwnAndOtherTagsAreLeftAlone() {
    assertThat(UnreducedPlurals.lemma("goods", "NNS")).isEqualTo("goods");
    assertThat(UnreducedPlurals.lemma("troops", "NNPS")).isEqualTo("troops");
    assertThat(UnreducedPlurals.lemma("soldier", "NNS")).isEqualTo("soldier");
  }

  @Test
  void basesReadAsThePluralOfBasisAreBasesAndASingleBasisIsLeftAlone() {
    assertThat(UnreducedPlurals.lemma("basis", "NNS")).isEqualTo("base");
    assertThat(UnreducedPlurals.lemma("basis", "NN")).isEqualTo("basis");
  }
}
