package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cut in trade told as what a protest of the same side did. */
class ProtestOutcomesTest {
  @Test
  void tradeHaltedByABlockadeIsTheBlockadesOutcome() {
    // "Peruvian farmers blocked the bridge, halting trade with Bolivia."
    assertThat(code(haltingAfter("blocked/block/VBD the/the/DT bridge/bridge/NN", "obj(3,5) det(5,4)")).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERAGR") && t.contains(" 144")).noneMatch(t -> t.contains(" 163"));
  }

  @Test
  void tradeHaltedByAnActThatIsNoProtestStays() {
    // "Peruvian farmers sold the bridge, halting trade with Bolivia": no protest, so the halting
    // is told as an act of its own.
    assertThat(code(haltingAfter("sold/sell/VBD the/the/DT bridge/bridge/NN", "obj(3,5) det(5,4)")).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.contains(" 163"));
  }

  private static HandBuiltText haltingAfter(String verbAndObject, String objectEdges) {
    return new HandBuiltText().sentence("Peruvian/Peruvian/JJ/MISC farmers/farmer/NNS " + verbAndObject
            + " ,/,/, halting/halt/VBG trade/trade/NN with/with/IN Bolivia/Bolivia/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) " + objectEdges + " punct(3,6) advcl(3,7) obj(7,8) case(10,9) nmod:with(8,10) punct(3,11)");
  }
}
