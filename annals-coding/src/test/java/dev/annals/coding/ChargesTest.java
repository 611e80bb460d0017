package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What someone is charged with is alleged, coded by the charge, not as a deed of its own. */
class ChargesTest {
  @Test
  void aPlotChargedIsNoAttack() {
    // "Bulgarian prosecutors charged five men with plotting to blow up an arms depot."
    var article = code("Bulgarian/Bulgarian/JJ/MISC prosecutors/prosecutor/NNS charged/charge/VBD five/five/CD men/man/NNS with/with/IN plotting/plot/VBG "
        + "to/to/TO blow/blow/VB up/up/RP an/a/DT arms/arms/NNS depot/depot/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) mark(7,6) advcl:with(3,7) mark(9,8) xcomp(7,9) compound:prt(9,10) det(13,11) compound(13,12) obj(9,13) punct(3,14)");
    assertThat(triples(article)).anyMatch(t -> t.startsWith("BGRJUD ")).noneMatch(t -> t.contains(" 18"));
  }
}
