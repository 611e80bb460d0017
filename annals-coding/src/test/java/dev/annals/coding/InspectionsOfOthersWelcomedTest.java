package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Welcoming another side's inspection of a third praises it; only the side inspected receives inspectors. */
class InspectionsOfOthersWelcomedTest {
  // "Argentina ordered an inspection of the Chinese station."
  private static final String ORDERED = "Argentina/Argentina/NNP/LOCATION ordered/order/VBD an/a/DT inspection/inspection/NN of/of/IN the/the/DT Chinese/Chinese/JJ/MISC "
      + "station/station/NN ././.";
  private static final String ORDERED_EDGES = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) det(8,6) amod(8,7) nmod:of(4,8) punct(2,9)";
  private static final String WELCOMED_EDGES = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)";

  @Test
  void aThirdSideWelcomingTheInspectionPraisesTheInspector() {
    // "... Brazil welcomed the inspection."
    var article = code(new HandBuiltText().sentence(ORDERED, ORDERED_EDGES)
        .sentence("Brazil/Brazil/NNP/LOCATION welcomed/welcome/VBD the/the/DT inspection/inspection/NN ././.", WELCOMED_EDGES));
    assertThat(triples(article)).contains("BRA ARG 051").noneMatch(t -> t.startsWith("BRA ARG 086"));
  }

  @Test
  void theSideInspectedWelcomingItReceivesTheInspectors() {
    // "... China welcomed the inspection."
    var article = code(new HandBuiltText().sentence(ORDERED, ORDERED_EDGES)
        .sentence("China/China/NNP/LOCATION welcomed/welcome/VBD the/the/DT inspection/inspection/NN ././.", WELCOMED_EDGES));
    assertThat(triples(article)).noneMatch(t -> t.startsWith("CHN ARG 051"));
  }
}
