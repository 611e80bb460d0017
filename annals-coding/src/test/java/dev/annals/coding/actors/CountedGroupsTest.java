package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "The three", "the two": a number alone stands for as many actors named together before. */
class CountedGroupsTest {
  private static HandBuiltText threeThenAccused() {
    // "Egypt, Eritrea and Somalia agreed. Ethiopia accused the three of trying to encircle it."
    return new HandBuiltText()
        .sentence("Egypt/Egypt/NNP/LOCATION ,/,/, Eritrea/Eritrea/NNP/LOCATION and/and/CC Somalia/Somalia/NNP/LOCATION agreed/agree/VBD ././.",
            "nsubj(6,1) punct(3,2) conj:and(1,3) cc(5,4) conj:and(1,5) root(0,6) punct(6,7)")
        .sentence("Ethiopia/Ethiopia/NNP/LOCATION accused/accuse/VBD the/the/DT three/three/CD of/of/IN trying/try/VBG to/to/TO encircle/encircle/VB it/it/PRP ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) mark(8,7) xcomp(2,8) obj(8,9) punct(2,10)");
  }

  @Test
  void theThreeAreTheThreeNamedTogetherBefore() {
    assertThat(code(threeThenAccused()).events()).extracting(e -> triple(e)).contains("ETH EGY 112", "ETH ERI 112", "ETH SOM 112");
  }

  @Test
  void whatTheyAreAccusedOfIsNotCodedAsTheirAct() {
    // The parser hangs "to encircle" on "accused" (xcomp): still what is alleged, not an act of the three.
    assertThat(code(threeThenAccused()).events()).extracting(e -> e.type().code()).doesNotContain("191");
  }
}
