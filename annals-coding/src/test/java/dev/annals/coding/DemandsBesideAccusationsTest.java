package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A demand that names no one, joined to an accusation, is made of the accused (SharedAddressees). */
class DemandsBesideAccusationsTest {
  @Test
  void aDemandJoinedToAnAccusationIsMadeOfTheAccused() {
    assertThat(triples(code("Iranian/Iranian/JJ students/student/NNS demanded/demand/VBD compensation/compensation/NN and/and/CC "
        + "accused/accuse/VBD Britain/Britain/NNP/LOCATION of/of/IN spying/spy/NN ././.",
        "amod(2,1) nsubj(3,2) nsubj(6,2) root(0,3) obj(3,4) cc(6,5) conj:and(3,6) obj(6,7) case(9,8) obl:of(6,9) punct(3,10)")))
        .contains("IRNEDU GBR 1031");
  }
}
