package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An accusation rejected is a rejection aimed at the accuser; one denied stays a denial. */
class RejectedAccusationsTest {
  // "Chile accused Peru of spying on its navy."
  private static final String ACCUSED = "Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN spying/spy/VBG on/on/IN "
      + "its/its/PRP$ navy/navy/NN ././.";
  private static final String ACCUSED_EDGES = "root(0,2) nsubj(2,1) obj(2,3) obl:of(2,5) punct(2,9) case(5,4) nmod:on(5,8) case(8,6) nmod:poss(8,7)";

  private static List<String> answered(String verb, String lemma) {
    return triples(code(new HandBuiltText().sentence(ACCUSED, ACCUSED_EDGES)
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN " + verb + "/" + lemma + "/VBD the/the/DT "
            + "accusation/accusation/NN ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)")));
  }

  @Test
  void anAccusationRejectedIsARejectionOfTheAccuser() {
    // "… Peru's foreign ministry rejected the accusation."
    assertThat(answered("rejected", "reject")).contains("PERGOV CHL 120").noneMatch(t -> t.endsWith(" 016"));
  }

  @Test
  void anAccusationDeniedStaysADenial() {
    // "… Peru's foreign ministry denied the accusation."
    assertThat(answered("denied", "deny")).contains("PERGOV CHL 016");
  }
}
