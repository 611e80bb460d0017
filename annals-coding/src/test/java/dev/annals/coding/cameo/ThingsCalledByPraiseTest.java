package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A thing called by a word of praise is not judged ill, whatever its noun (VerbPatternChoice.praised). */
class ThingsCalledByPraiseTest {
  @Test
  void aGenerousActIsNoCriticism() {
    // "Manila called China's pardon a generous act."
    assertThat(code("Manila/Manila/NNP/LOCATION called/call/VBD China/China/NNP/LOCATION 's/'s/POS pardon/pardon/NN a/a/DT generous/generous/JJ act/act/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) det(8,6) amod(8,7) xcomp(2,8) punct(2,9)").events())
        .extracting(e -> e.type().code()).noneMatch(c -> c.startsWith("11"));
  }

  @Test
  void anActOfAggressionStillIs() {
    // "Manila called China's seizure a hostile act."
    assertThat(code("Manila/Manila/NNP/LOCATION called/call/VBD China/China/NNP/LOCATION 's/'s/POS seizure/seizure/NN a/a/DT hostile/hostile/JJ act/act/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) det(8,6) amod(8,7) xcomp(2,8) punct(2,9)").events())
        .extracting(e -> e.type().code()).anyMatch(c -> c.startsWith("11"));
  }
}
