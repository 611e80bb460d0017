package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refusal is the rejection; the act not done is its content (ActsOnlyAskedFor). */
class RefusedActsTest {
  @Test
  void refusingToExtraditeIsTheRejectionAlone() {
    // "A Chilean court refused to extradite the general to Peru."
    var triples = code("A/a/DT Chilean/Chilean/JJ/MISC court/court/NN refused/refuse/VBD to/to/TO extradite/extradite/VB the/the/DT general/general/NN "
            + "to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) det(8,7) obj(6,8) case(10,9) obl:to(6,10) punct(4,11)").events().stream()
        .map(e -> triple(e)).toList();
    assertThat(triples).anyMatch(t -> t.startsWith("CHLJUD") && t.endsWith(" 121")).noneMatch(t -> t.endsWith(" 063"));
  }

  @Test
  void aFormerMinisterWithNoNameIsOfTheElites() {
    // "A Chilean court refused to extradite a former Peruvian minister."
    var triples = code("A/a/DT Chilean/Chilean/JJ/MISC court/court/NN refused/refuse/VBD to/to/TO extradite/extradite/VB a/a/DT former/former/JJ "
            + "Peruvian/Peruvian/JJ/MISC minister/minister/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) det(10,7) amod(10,8) amod(10,9) obj(6,10) punct(4,11)").events().stream()
        .map(e -> triple(e)).toList();
    assertThat(triples).anyMatch(t -> t.startsWith("CHLJUD PERELI 121"));
  }
}
