package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fans and supporters of a team are people of their country (actors/sectors.tsv). */
class FansTest {
  @Test
  void fansDetainedAreTheirCountrysPeople() {
    assertThat(triples(code("Egyptian/Egyptian/JJ/MISC police/police/NNS detained/detain/VBD 31/31/CD Algerian/Algerian/JJ/MISC fans/fan/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")))
        .contains("EGYCOP DZACVL 173");
  }
}
