package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A quarrel over an office ordered out: permits required for goods sent to a state restrict trade
 * with it; a refusal to reverse a decision no one asked to reverse holds out against the side the
 * refuser was last at odds with; and a deadline set inside a clause of another act dates neither.
 */
class ExportPermitsTest {
  private static final LocalDate REPORTED = LocalDate.of(2026, 1, 21);

  // "Taiwan said on Monday it would require export permits for chips shipped to South Africa, two weeks after Pretoria ordered the office to move by the end of March."
  private static final HandBuiltText PERMITS = new HandBuiltText().sentence(
          "Taiwan/Taiwan/NNP/LOCATION said/say/VBD on/on/IN Monday/Monday/NNP it/it/PRP would/would/MD require/require/VB export/export/NN "
              + "permits/permit/NNS for/for/IN chips/chip/NNS shipped/ship/VBN to/to/IN South/South/NNP/LOCATION Africa/Africa/NNP/LOCATION ,/,/, "
              + "two/two/CD weeks/week/NNS after/after/IN Pretoria/Pretoria/NNP/LOCATION ordered/order/VBD the/the/DT office/office/NN to/to/TO "
              + "move/move/VB by/by/IN the/the/DT end/end/NN of/of/IN March/March/NNP ././.",
          "root(0,2) nsubj(2,1) obl:on(2,4) ccomp(2,7) punct(2,31) case(4,3) nsubj(7,5) aux(7,6) obj(7,9) compound(9,8) nmod:for(9,11) "
              + "punct(9,16) dep(9,21) case(11,10) acl(11,12) obl:to(12,15) case(15,13) compound(15,14) nummod(18,17) dep(21,18) mark(21,19) "
              + "nsubj(21,20) obj(21,23) xcomp(21,25) det(23,22) nsubj:xsubj(25,23) mark(25,24) obl:by(25,28) case(28,26) det(28,27) nmod:of(28,30) "
              + "case(30,29)");

  @Test
  void permitsRequiredForGoodsShippedToAStateThreatenItWithSanctions() {
    var article = code(PERMITS, REPORTED);
    assertThat(article.events()).extracting(e -> triple(e)).contains("TWN ZAF 1312");
  }

  @Test
  void aDeadlineSetInAnotherActsClauseIsNotTheDayOfTheThreat() {
    var article = code(PERMITS, REPORTED);
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("1312")).extracting(e -> e.date().value()).containsExactly("2026-01-19");
  }

  @Test
  void aRefusalToReverseADecisionHoldsOutAgainstTheSideItWasAimedAt() {
    // "Pretoria ordered the Taipei office to leave the capital in January. South Africa said on Monday it would not reverse the decision."
    var article = code(new HandBuiltText().sentence(
        "Pretoria/Pretoria/NNP/LOCATION ordered/order/VBD the/the/DT Taipei/Taipei/NNP/LOCATION office/office/NN to/to/TO leave/leave/VB "
            + "the/the/DT capital/capital/NN in/in/IN January/January/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,5) xcomp(2,7) punct(2,12) det(5,3) compound(5,4) nsubj:xsubj(7,5) mark(7,6) obj(7,9) obl:in(7,11) "
            + "det(9,8) case(11,10)").sentence(
        "South/South/NNP/LOCATION Africa/Africa/NNP/LOCATION said/say/VBD on/on/IN Monday/Monday/NNP it/it/PRP would/would/MD not/not/RB "
            + "reverse/reverse/VB the/the/DT decision/decision/NN ././.",
        "root(0,3) compound(2,1) nsubj(3,2) obl:on(3,5) ccomp(3,9) punct(3,12) case(5,4) nsubj(9,6) aux(9,7) advmod(9,8) obj(9,11) "
            + "det(11,10)"), REPORTED);
    assertThat(article.events()).extracting(e -> triple(e)).contains("ZAF TWNGOV 124");
  }
}
