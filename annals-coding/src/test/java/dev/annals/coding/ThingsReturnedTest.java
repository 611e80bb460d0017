package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Things given back that are called another country's go back to it (AntecedentTargets). */
class ThingsReturnedTest {
  @Test
  void statuesCalledPeruvianGoBackToPeru() {
    // "Spain handed back ancient Peruvian statues."
    var article = code(new HandBuiltText().sentence("Spain/Spain/NNP/LOCATION handed/hand/VBD back/back/RP ancient/ancient/JJ Peruvian/Peruvian/JJ/MISC "
            + "statues/statue/NNS ././.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) amod(6,4) amod(6,5) obj(2,6) punct(2,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("ESP PER 0842");
  }
}
