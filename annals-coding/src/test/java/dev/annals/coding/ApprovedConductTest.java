package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A side that says another acted rightly approves of it (051); not rightly, criticises it (111). */
class ApprovedConductTest {
  @Test
  void sayingAnotherSideActedCorrectlyPraisesIt() {
    // "Peru said that Chile had applied the rules correctly."
    assertThat(triples(code("Peru/Peru/NNP/LOCATION said/say/VBD that/that/IN Chile/Chile/NNP/LOCATION had/have/VBD applied/apply/VBN the/the/DT "
        + "rules/rule/NNS correctly/correctly/RB ././.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) det(8,7) obj(6,8) advmod(6,9) punct(2,10)")))
        .contains("PER CHL 051");
  }

  @Test
  void aDeedToldWithoutJudgingIsNoPraise() {
    // "Peru said that Chile had applied the rules."
    assertThat(triples(code("Peru/Peru/NNP/LOCATION said/say/VBD that/that/IN Chile/Chile/NNP/LOCATION had/have/VBD applied/apply/VBN the/the/DT "
        + "rules/rule/NNS ././.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) det(8,7) obj(6,8) punct(2,9)")))
        .noneMatch(t -> t.endsWith(" 051"));
  }

  @Test
  void sayingAnotherSideDidNotActProperlyCriticisesIt() {
    // "Peru said that Chile had not properly assessed the risks."
    assertThat(triples(code("Peru/Peru/NNP/LOCATION said/say/VBD that/that/IN Chile/Chile/NNP/LOCATION had/have/VBD not/not/RB properly/properly/RB "
        + "assessed/assess/VBN the/the/DT risks/risk/NNS ././.",
        "nsubj(2,1) root(0,2) mark(8,3) nsubj(8,4) aux(8,5) advmod(8,6) advmod(8,7) ccomp(2,8) det(10,9) obj(8,10) punct(2,11)")))
        .contains("PER CHL 111").noneMatch(t -> t.endsWith(" 051"));
  }
}
