package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A state that pardons a foreign citizen it holds releases him (0841), as it does a prisoner. */
class PardonsTest {
  @Test
  void aPardonedCitizenIsReleased() {
    // "Iran pardoned a French citizen on Sunday."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Iran/Iran/NNP/LOCATION pardoned/pardon/VBD a/a/DT French/French/JJ citizen/citizen/NN on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,5) obl:on(2,7) punct(2,8) det(5,3) amod(5,4) case(7,6)"))))
        .anyMatch(t -> t.startsWith("IRN FRACVL 0841")).noneMatch(t -> t.endsWith(" 056"));
  }
}
