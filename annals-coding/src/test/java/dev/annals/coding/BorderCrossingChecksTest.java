package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checks tightened at a border with a country restrict movement from it (cameo/verbs.tsv 191, cameo/NounActors). */
class BorderCrossingChecksTest {
  // "Guinea tightened health checks at its border crossings with Sierra Leone on Monday."
  private static final String WORDS = "Guinea/Guinea/NNP/LOCATION tightened/tighten/VBD health/health/NN checks/check/NNS at/at/IN its/its/PRP$ border/border/NN "
      + "crossings/crossing/NNS with/with/IN Sierra/Sierra/NNP/LOCATION Leone/Leone/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.";
  private static final String EDGES = "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(8,5) nmod:poss(8,6) compound(8,7) obl:at(2,8) case(11,9) compound(11,10) "
      + "nmod:with(8,11) case(13,12) obl:on(2,13) punct(2,14)";

  @Test
  void checksAtItsBorderWithACountryRestrictMovementFromThatCountry() {
    var article = code(new HandBuiltText().sentence(WORDS, EDGES).timex(13, 13, "DATE"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("GIN SLE 191");
  }

  @Test
  void checksTightenedOnADayOnlyAreNoEvent() {
    // "Guinea tightened health checks on Monday."
    var article = code(new HandBuiltText().sentence("Guinea/Guinea/NNP/LOCATION tightened/tighten/VBD health/health/NN checks/check/NNS on/on/IN Monday/Monday/NNP ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) obl:on(2,6) punct(2,7)").timex(6, 6, "DATE"));
    assertThat(article.events()).isEmpty();
  }
}
