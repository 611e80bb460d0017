package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Visas a state resumes issuing ease a sanction, found through a gerund the parser hung loose; the
 * visas it halted before are the same people's (AntecedentTargets through EarlierEvents.ownSideDealtTo).
 */
class VisasResumedAndHaltedTest {
  private static final String RESUMED = "Kuwait/Kuwait/NNP/LOCATION will/will/MD resume/resume/VB issuing/issue/VBG work/work/NN visas/visa/NNS "
      + "to/to/IN Egyptians/Egyptians/NNPS ././.";
  private static final String RESUMED_EDGES = "nsubj(3,1) aux(3,2) root(0,3) dep(3,4) compound(6,5) obj(4,6) case(8,7) obl:to(4,8) punct(3,9)";
  private static final String HALTED = "Kuwaiti/Kuwaiti/JJ officials/official/NNS had/have/VBD halted/halt/VBN the/the/DT visas/visa/NNS in/in/IN "
      + "March/March/NNP ././.";
  private static final String HALTED_EDGES = "amod(2,1) nsubj(4,2) aux(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) obl:in(4,8) punct(4,9)";

  @Test
  void visasResumedThroughALooseGerundEaseASanctionOnThePeopleTheyGoTo() {
    assertThat(triples(code(new HandBuiltText().sentence(RESUMED, RESUMED_EDGES)))).contains("KWT EGYCVL 081");
  }

  @Test
  void theVisasHaltedBeforeAreThoseTheSameSideGaveOut() {
    assertThat(triples(code(new HandBuiltText().sentence(RESUMED, RESUMED_EDGES).sentence(HALTED, HALTED_EDGES)))).contains("KWTGOV EGYCVL 160");
  }

  @Test
  void aParticipleSetOffAfterTheClauseLendsTheVerbNoObject() {
    // "Kuwait ordered the group to leave, accusing it of spying": the object of "accusing" is no object of "ordered".
    assertThat(triples(code("Kuwait/Kuwait/NNP/LOCATION halted/halt/VBD flights/flight/NNS ,/,/, issuing/issue/VBG visas/visa/NNS to/to/IN "
        + "Egyptians/Egyptians/NNPS ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4) dep(2,5) obj(5,6) case(8,7) obl:to(5,8) punct(2,9)")))
        .doesNotContain("KWT EGYCVL 160");
  }
}
