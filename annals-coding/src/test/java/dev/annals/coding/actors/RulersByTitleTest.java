package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A ruler named by title and first name, the tagger leaving the title out of the name. */
class RulersByTitleTest {
  @Test
  void aKingNamedByTitleAndFirstNameIsTheReigningOne() {
    // "Lebanon thanked King Abdullah." in 2026: Jordan's king, with "King" outside the name.
    var article = code(new HandBuiltText().sentence("Lebanon/Lebanon/NNP/LOCATION thanked/thank/VBD King/King/NNP Abdullah/Abdullah/NNP/PERSON ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) punct(2,5)"), LocalDate.of(2026, 3, 13));
    assertThat(triples(article)).contains("LBN JORGOV 051");
  }
}
