package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A border closed to no one named is closed to the other state of a story of two. */
class ClosedCrossingsTest {
  private static final String CLOSED = "Peru/Peru/NNP/LOCATION closed/close/VBD the/the/DT border/border/NN on/on/IN Friday/Friday/NNP ././.";
  private static final String CLOSED_EDGES = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:on(2,6) punct(2,7)";

  private static List<String> triples(HandBuiltText text) {
    return code(text).events().stream().map(HandCoding::triple).toList();
  }

  @Test
  void theBorderIsClosedToTheOtherStateOfTheStory() {
    // "Chile's president met Chile's business leaders in Lima on Monday. Peru closed the border on Friday."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN met/meet/VBD Chile/Chile/NNP/LOCATION 's/'s/POS business/business/NN "
            + "leaders/leader/NNS in/in/IN Lima/Lima/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(8,5) case(5,6) compound(8,7) obj(4,8) case(10,9) obl:in(4,10) case(12,11) obl:on(4,12) "
                + "punct(4,13)")
        .sentence(CLOSED, CLOSED_EDGES);
    assertThat(triples(text)).contains("PER CHLGOV 191");
  }

  @Test
  void aStoryOfSeveralStatesToldAlikeLeavesTheClosureAimedAtNoOne() {
    // "Chile and Bolivia accused Peru. Peru closed the border on Friday."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION and/and/CC Bolivia/Bolivia/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence(CLOSED, CLOSED_EDGES);
    assertThat(triples(text)).anyMatch(t -> t.startsWith("PER") && t.endsWith(" 191")).noneMatch(t -> t.startsWith("PER C") && t.endsWith(" 191"))
        .noneMatch(t -> t.startsWith("PER B") && t.endsWith(" 191"));
  }
}
