package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rejection or undertaking naming no one, right after another side consulted its maker, answers that side. */
class AnswersToThoseJustConsultingTest {
  private static final String TALKS = "Chile/Chile/NNP/LOCATION held/hold/VBD talks/talk/NNS with/with/IN Peru/Peru/NNP/LOCATION ././.";
  private static final String TALKS_EDGES = "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:with(2,5) punct(2,6)";

  @Test
  void aRefusalRightAfterTalksAnswersTheSideThatHeldThem() {
    // "Chile held talks with Peru. Peru refused the exemption."
    var article = code(new HandBuiltText().sentence(TALKS, TALKS_EDGES)
        .sentence("Peru/Peru/NNP/LOCATION refused/refuse/VBD the/the/DT exemption/exemption/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(triples(article)).anyMatch(t -> t.matches("PER CHL 12\\d*"));
  }

  @Test
  void aRefusalBySomeoneElseIsNotAimedAtTheTalks() {
    // "Chile held talks with Peru. Bolivia refused the exemption."
    var article = code(new HandBuiltText().sentence(TALKS, TALKS_EDGES)
        .sentence("Bolivia/Bolivia/NNP/LOCATION refused/refuse/VBD the/the/DT exemption/exemption/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(triples(article)).noneMatch(t -> t.matches("BOL CHL 12\\d*"));
  }
}
