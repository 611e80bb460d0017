package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A company that runs a pipeline, a port or a grid is a business (actors/sectors.tsv). */
class NetworkOperatorsTest {
  @Test
  void aPipelineOperatorThatHaltsTransitIsItsCountrysBusiness() {
    // "Russia's pipeline operator halted the transit of Kazakh oil."
    HandBuiltText text = new HandBuiltText().sentence(
        "Russia/Russia/NNP/LOCATION 's/'s/POS pipeline/pipeline/NN operator/operator/NN halted/halt/VBD the/the/DT transit/transit/NN of/of/IN "
            + "Kazakh/Kazakh/JJ/MISC oil/oil/NN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) case(10,8) amod(10,9) nmod:of(7,10) punct(5,11)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("RUSBUS KAZ 191");
  }
}
