package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "the country's union federation": the bare country owning a body is the last state named. */
class OwningCountryTest {
  @Test
  void theCountryOwningABodyIsTheLastStateNamed() {
    // "Peru praised Bolivia. The country's union federation accused the government."
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION praised/praise/VBD Bolivia/Bolivia/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("The/the/DT country/country/NN 's/'s/POS union/union/NN federation/federation/NN accused/accuse/VBD the/the/DT government/government/NN ././.",
            "det(2,1) nmod:poss(5,2) case(2,3) compound(5,4) nsubj(6,5) root(0,6) det(8,7) obj(6,8) punct(6,9)"));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("BOLLAB ") && t.contains(" 11"));
  }
}
