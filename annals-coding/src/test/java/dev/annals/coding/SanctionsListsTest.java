package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A side taken off a sanctions list is relieved of them (cameo/verbs.tsv). */
class SanctionsListsTest {
  @Test
  void aSideRemovedFromASanctionsListHasSanctionsEased() {
    // "Chile removed Peru from its sanctions list."
    assertThat(triples(code("Chile/Chile/NNP/LOCATION removed/remove/VBD Peru/Peru/NNP/LOCATION from/from/IN its/its/PRP$ sanctions/sanction/NNS list/list/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(7,4) nmod:poss(7,5) compound(7,6) obl:from(2,7) punct(2,8)"))).contains("CHL PER 085");
  }
}
