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

  @Test
  void anAppealTwoSentencesAfterTalksIsMadeToTheHostWhenNoOneDealtWithTheMakerBetween() {
    // "Haiti's prime minister held talks with Brazil's president on Monday. Brazil's defence
    // ministry said the country would send soldiers. Haiti's prime minister praised Brazil's
    // solidarity and asked for armoured vehicles."
    assertThat(triples(code(new HandBuiltText()
        .sentence("Haiti/Haiti/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN held/hold/VBD talks/talk/NNS with/with/IN "
            + "Brazil/Brazil/NNP/LOCATION 's/'s/POS president/president/NN on/on/IN Monday/Monday/NNP ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:on(5,12) punct(5,13) nmod:with(6,10) case(10,7) "
            + "nmod:poss(10,8) case(8,9) case(12,11)")
        .sentence("Brazil/Brazil/NNP/LOCATION 's/'s/POS defence/defence/NN ministry/ministry/NN said/say/VBD the/the/DT country/country/NN "
            + "would/would/MD send/send/VB soldiers/soldier/NNS ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) ccomp(5,9) punct(5,11) det(7,6) nsubj(9,7) aux(9,8) obj(9,10)")
        .sentence("Haiti/Haiti/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN praised/praise/VBD Brazil/Brazil/NNP/LOCATION "
            + "'s/'s/POS solidarity/solidarity/NN and/and/CC asked/ask/VBD for/for/IN armoured/armoured/JJ vehicles/vehicle/NNS ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,8) conj:and(5,10) punct(5,14) nsubj(10,4) cc(10,9) "
            + "obl:for(10,13) nmod:poss(8,6) case(6,7) case(13,11) amod(13,12)"))))
        .anyMatch(t -> t.startsWith("HTIGOV BRAGOV 02"));
  }
}
