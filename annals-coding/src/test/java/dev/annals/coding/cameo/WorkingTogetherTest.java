package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Working with another side is cooperation (050); returning fire is fighting (cameo/verbs.tsv). */
class WorkingTogetherTest {
  @Test
  void workingWithAnotherSideIsCooperation() {
    // "Kenya worked with Uganda."
    assertThat(triples(code("Kenya/Kenya/NNP/LOCATION worked/work/VBD with/with/IN Uganda/Uganda/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:with(2,4) punct(2,5)"))).contains("KEN UGA 050");
  }

  @Test
  void returningFireIsFightingNotAReturn() {
    // "Kyrgyz troops returned fire on Tajik troops."
    assertThat(triples(code("Kyrgyz/Kyrgyz/JJ/MISC troops/troop/NNS returned/return/VBD fire/fire/NN on/on/IN Tajik/Tajik/JJ/MISC troops/troop/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) case(7,5) amod(7,6) obl:on(3,7) punct(3,8)")))
        .contains("KGZMIL TJKMIL 193").noneMatch(t -> t.contains(" 084"));
  }
}
