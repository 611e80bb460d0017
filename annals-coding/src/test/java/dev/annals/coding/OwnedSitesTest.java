package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A business site a country's people own is their business's; "the company" after it is that business. */
class OwnedSitesTest {
  // "Ecuador suspended the licence of a Canadian-owned mine."
  private static final String SUSPENDED = "Ecuador/Ecuador/NNP/LOCATION suspended/suspend/VBD the/the/DT licence/licence/NN of/of/IN a/a/DT Canadian/Canadian/JJ/MISC "
      + "-/-/HYPH owned/own/VBN mine/mine/NN ././.";
  private static final String SUSPENDED_EDGES = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(10,5) det(10,6) amod(10,7) punct(9,8) amod(10,9) nmod:of(4,10) punct(2,11)";

  @Test
  void aSuspendedLicenceOfAForeignOwnedMineIsASanctionOnItsBusiness() {
    assertThat(triples(code(new HandBuiltText().sentence(SUSPENDED, SUSPENDED_EDGES)))).anyMatch(t -> t.startsWith("ECU CANBUS 17"));
  }

  @Test
  void theCompanyAfterAnOwnedMineIsItsOwner() {
    // "... The company threatened Ecuador."
    var article = code(new HandBuiltText().sentence(SUSPENDED, SUSPENDED_EDGES)
        .sentence("The/the/DT company/company/NN threatened/threaten/VBD Ecuador/Ecuador/NNP/LOCATION ././.", "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("CANBUS ECU 13"));
  }
}
