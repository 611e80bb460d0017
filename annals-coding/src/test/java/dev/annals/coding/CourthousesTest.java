package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The courthouse" after a court was named is that court's, not the court of those who stand outside it. */
class CourthousesTest {
  @Test
  void survivorsRallyOutsideTheCourthouseOfTheCourtThatTriedTheCase() {
    // "A Paris court sentenced a Rwandan mayor. Rwandan survivors held a vigil outside the courthouse."
    var article = code(new HandBuiltText()
        .sentence("A/a/DT Paris/Paris/NNP/LOCATION court/court/NN sentenced/sentence/VBD a/a/DT Rwandan/Rwandan/JJ/MISC mayor/mayor/NN ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(4,8)")
        .sentence("Rwandan/Rwandan/JJ/MISC survivors/survivor/NNS held/hold/VBD a/a/DT vigil/vigil/NN outside/outside/IN the/the/DT courthouse/courthouse/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) obl:outside(3,8) punct(3,9)"));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("RWACVL FRAJUD ")).noneMatch(t -> t.startsWith("RWACVL RWAJUD "));
  }
}
