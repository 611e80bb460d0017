package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A state's warning that names only its own side, with no foe told, is aimed at the state whose deed was told last. */
class WarningsAfterDeedsTest {
  private static final String VISIT = "Greece/Greece/NNP/LOCATION visited/visit/VBD Cyprus/Cyprus/NNP/LOCATION ././.";
  private static final String VISIT_EDGES = "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)";

  @Test
  void aWarningOfOnesOwnSideIsAimedAtTheLastDoer() {
    // "Greece visited Cyprus. Turkey warned that Ankara would respond."
    var article = code(new HandBuiltText().sentence(VISIT, VISIT_EDGES)
        .sentence("Turkey/Turkey/NNP/LOCATION warned/warn/VBD that/that/IN Ankara/Ankara/NNP/LOCATION would/would/MD respond/respond/VB ././.",
            "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) punct(2,7)"));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("TUR GRC 13"));
  }

  @Test
  void aWarningThatNamesOthersIsNotAimedByTheLastDeed() {
    // "Greece visited Cyprus. Turkey warned that the migrants would be turned back."
    var article = code(new HandBuiltText().sentence(VISIT, VISIT_EDGES)
        .sentence("Turkey/Turkey/NNP/LOCATION warned/warn/VBD that/that/IN the/the/DT migrants/migrant/NNS would/would/MD be/be/VB turned/turn/VBN back/back/RP ././.",
            "nsubj(2,1) root(0,2) mark(8,3) det(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7) ccomp(2,8) compound:prt(8,9) punct(2,10)"));
    assertThat(triples(article)).noneMatch(t -> t.startsWith("TUR GRC 13"));
  }
}
