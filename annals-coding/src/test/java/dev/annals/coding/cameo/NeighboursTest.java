package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.HandCoding;
import org.junit.jupiter.api.Test;

/** "Its neighbour" is the other state of the story: the one told most often besides its doer's. */
class NeighboursTest {
  @Test
  void itsNeighbourIsTheOtherStateOfTheStory() {
    // "Chile closed its border with Peru. Chile accused its neighbour of smuggling."
    var article = HandCoding.code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION closed/close/VBD its/its/PRP$ border/border/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(2,7)")
        .sentence("Chile/Chile/NNP/LOCATION accused/accuse/VBD its/its/PRP$ neighbour/neighbour/NN of/of/IN smuggling/smuggling/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) obl:of(2,6) punct(2,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 112"));
  }
}
