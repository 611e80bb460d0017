package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An expulsion of diplomats is a sanction on relations (161), and is some state's (TargetlessEvents). */
class ExpulsionsOfDiplomatsTest {
  @Test
  void expellingAForeignDiplomatCutsRelations() {
    // "Chile expelled a Peruvian diplomat."
    assertThat(code("Chile/Chile/NNP/LOCATION expelled/expel/VBD a/a/DT Peruvian/Peruvian/JJ/MISC diplomat/diplomat/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)").events())
        .extracting(e -> triple(e)).containsExactly("CHL PERGOV 161");
  }

  @Test
  void diplomatsEvictedOfNoStateToldAreNoEvent() {
    // "Chile evicted its diplomats.", "its" read as Chile's own, which no state evicts.
    assertThat(code("Chile/Chile/NNP/LOCATION evicted/evict/VBD its/its/PRP$ diplomats/diplomat/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) punct(2,5)").events()).isEmpty();
  }

  @Test
  void migrantsExpelledWithNoStateToldStillAreAnEvent() {
    // "Chile expelled the migrants."
    assertThat(code("Chile/Chile/NNP/LOCATION expelled/expel/VBD the/the/DT migrants/migrant/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)").events())
        .extracting(e -> e.type().code()).containsExactly("174");
  }
}
