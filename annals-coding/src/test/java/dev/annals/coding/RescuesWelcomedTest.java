package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rescue names the release of captives told before it (cameo/nouns.tsv "rescue"). */
class RescuesWelcomedTest {
  @Test
  void aRescueWelcomedIsWelcomedFromWhoeverFreedTheCaptives() {
    // "Chile's army freed 27 Peruvians on Friday. Peru welcomed the rescue."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS army/army/NN freed/free/VBD 27/27/CD Peruvians/Peruvian/NNPS on/on/IN Friday/Friday/NNP ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) obl:on(4,8) punct(4,9) nummod(6,5) case(8,7)")
        .sentence("Peru/Peru/NNP/LOCATION welcomed/welcome/VBD the/the/DT rescue/rescue/NN ././.",
            "root(0,2) nsubj(2,1) obj(2,4) punct(2,5) det(4,3)"))))
        .contains("PER CHLMIL 051");
  }
}
