package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An appeal naming no one, right after its maker consulted others, is made to them (AppealsToThoseJustConsulted). */
class AppealsToThoseJustConsultedTest {
  private static final String SPOKE = "Brazil/Brazil/NNP/LOCATION spoke/speak/VBD with/with/IN Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION ././.";
  private static final String SPOKE_EDGES = "nsubj(2,1) root(0,2) case(4,3) obl:with(2,4) cc(6,5) conj:and(4,6) obl:with(2,6) punct(2,7)";
  private static final String CALLED = "Brazil/Brazil/NNP/LOCATION called/call/VBD for/for/IN talks/talk/NNS ././.";
  private static final String CALLED_EDGES = "nsubj(2,1) root(0,2) case(4,3) obl:for(2,4) punct(2,5)";

  @Test
  void anAppealRightAfterTalksWithTwoSidesIsMadeToEach() {
    assertThat(triples(code(new HandBuiltText().sentence(SPOKE, SPOKE_EDGES).sentence(CALLED, CALLED_EDGES))))
        .anyMatch(t -> t.startsWith("BRA CHL 02")).anyMatch(t -> t.startsWith("BRA PER 02"));
  }

  @Test
  void anAppealAfterAnotherSentenceNamesNoOne() {
    assertThat(triples(code(new HandBuiltText().sentence(SPOKE, SPOKE_EDGES)
        .sentence("Peru/Peru/NNP/LOCATION thanked/thank/VBD Brazil/Brazil/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence(CALLED, CALLED_EDGES))))
        .noneMatch(t -> t.startsWith("BRA CHL 02"));
  }
}
