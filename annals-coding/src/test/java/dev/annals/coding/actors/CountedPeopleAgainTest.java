package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "The four officers" after "four Beninese customs officers": the people counted before, not the police of the country in context. */
class CountedPeopleAgainTest {
  private static final String DETAINED = "Ghanaian/Ghanaian/JJ/MISC police/police/NN detained/detain/VBD four/four/CD Togolese/Togolese/JJ/MISC "
      + "customs/customs/NNS officers/officer/NNS ././.";
  private static final String DETAINED_EDGES = "amod(2,1) nsubj(3,2) root(0,3) nummod(7,4) amod(7,5) compound(7,6) obj(3,7) punct(3,8)";

  @Test
  void theOfficersWithTheirCountAreThePeopleCountedBefore() {
    // "Ghanaian police detained four Togolese customs officers. Ghana freed the four officers."
    assertThat(code(new HandBuiltText().sentence(DETAINED, DETAINED_EDGES)
        .sentence("Ghana/Ghana/NNP/LOCATION freed/free/VBD the/the/DT four/four/CD officers/officer/NNS ././.",
            "nsubj(2,1) root(0,2) det(5,3) nummod(5,4) obj(2,5) punct(2,6)")).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("GHA TGO") && t.contains(" 084"));
  }

  @Test
  void anotherCountIsOtherPeople() {
    // "Ghanaian police detained four Togolese customs officers. Ghana freed the two officers."
    assertThat(code(new HandBuiltText().sentence(DETAINED, DETAINED_EDGES)
        .sentence("Ghana/Ghana/NNP/LOCATION freed/free/VBD the/the/DT two/two/CD officers/officer/NNS ././.",
            "nsubj(2,1) root(0,2) det(5,3) nummod(5,4) obj(2,5) punct(2,6)")).events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("GHA TGO") && t.contains(" 084"));
  }
}
