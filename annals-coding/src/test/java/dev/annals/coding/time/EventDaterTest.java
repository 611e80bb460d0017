package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.HandBuiltText;
import dev.annals.model.ResolvedTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDaterTest {
  private static final LocalDate SATURDAY_31_DEC_2022 = LocalDate.of(2022, 12, 31);
  private final EventDater dater = new EventDater(lemma -> false);

  private String onlyValue(HandBuiltText text) {
    return dater.resolveAll(new DependencyIndex(text.build(SATURDAY_31_DEC_2022)), SATURDAY_31_DEC_2022).stream()
        .map(ResolvedTime::value).findFirst().orElseThrow();
  }

  @Test
  void anInfinitiveUnderAPresentClauseLooksAhead() {
    assertThat(onlyValue(new HandBuiltText().sentence(
        "They/they/PRP plan/plan/VBP to/to/TO meet/meet/VB on/on/IN Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) case(6,5) obl:on(4,6) punct(2,7)").timex(6, 6, "DATE")))
        .isEqualTo("2023-01-06");
  }

  @Test
  void anInfinitiveUnderAPastClauseDoesNotLookAheadFromNow() {
    assertThat(onlyValue(new HandBuiltText().sentence(
        "They/they/PRP staged/stage/VBD rallies/rally/NNS to/to/TO mark/mark/VB the/the/DT entry/entry/NN on/on/IN Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl(2,5) det(7,6) obj(5,7) case(9,8) obl:on(5,9) punct(2,10)").timex(9, 9, "DATE")))
        .isEqualTo("2022-12-30");
  }

  @Test
  void anInfinitiveUnderAPastAuxiliaryDoesNotLookAheadFromNow() {
    // "The offer had been due to expire Friday": the copula "had been" is past.
    assertThat(onlyValue(new HandBuiltText().sentence(
        "The/the/DT offer/offer/NN had/have/VBD been/be/VBN due/due/JJ to/to/TO expire/expire/VB Friday/Friday/NNP ././.",
        "det(2,1) nsubj(5,2) aux(5,3) cop(5,4) root(0,5) mark(7,6) xcomp(5,7) obl:tmod(7,8) punct(5,9)").timex(8, 8, "DATE")))
        .isEqualTo("2022-12-30");
  }
}
