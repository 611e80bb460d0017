package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Foreign troops let in by an approval are military cooperation with their state (verbs.tsv 062 approve). */
class ForeignTroopsApprovedTest {
  @Test
  void anApprovedEntryOfTroopsIsMilitaryCooperation() {
    // "Chile's parliament approved the entry of Peruvian troops."
    assertThat(code("Chile/Chile/NNP/LOCATION 's/'s/POS parliament/parliament/NN approved/approve/VBD the/the/DT entry/entry/NN of/of/IN "
            + "Peruvian/Peruvian/JJ/MISC troops/troop/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(9,7) amod(9,8) nmod:of(6,9) punct(4,10)").events())
        .extracting(e -> triple(e)).contains("CHLLEG PERMIL 062");
  }
}
