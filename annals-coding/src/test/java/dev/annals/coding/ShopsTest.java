package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A shop is a business (actors/sectors.tsv); the shops protesters shut are their own, not whom they protest against. */
class ShopsTest {
  @Test
  void shopsOfAPeopleBurnedAreItsBusinesses() {
    // "Rioters burned Chinese-owned shops in Honiara."
    assertThat(triples(code("Rioters/rioter/NNS burned/burn/VBD Chinese/Chinese/JJ/MISC -/-/HYPH owned/own/VBN shops/shop/NNS in/in/IN Honiara/Honiara/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) amod(6,3) punct(5,4) amod(6,5) obj(2,6) case(8,7) nmod:in(6,8) punct(2,9)")))
        .anyMatch(t -> t.startsWith("SLBCVL CHNBUS 1"));
  }

  @Test
  void theShopsProtestersShutAreNotWhomTheyProtestAgainst() {
    // "Malaysia and Thailand met. Thai traders shut their shops in protest.": "their" may name the
    // pair, but the shops are the traders' own.
    assertThat(triples(code(new HandBuiltText()
        .sentence("Malaysia/Malaysia/NNP/LOCATION and/and/CC Thailand/Thailand/NNP/LOCATION met/meet/VBD ././.", "cc(3,2) conj:and(1,3) nsubj(4,1) nsubj(4,3) root(0,4) punct(4,5)")
        .sentence("Thai/Thai/JJ/MISC traders/trader/NNS shut/shut/VBD their/their/PRP$ shops/shop/NNS in/in/IN protest/protest/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nmod:poss(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)"))))
        .noneMatch(t -> t.startsWith("THABUS MYSBUS") || t.startsWith("THABUS THABUS"));
  }
}
