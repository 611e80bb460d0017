package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "The crew", bare, sails the one craft the story named before it (NounAnaphora). */
class TheCrewTest {
  private static final String WELCOMED = "Ghana/Ghana/NNP/LOCATION 's/'s/POS president/president/NN welcomed/welcome/VBD the/the/DT crew/crew/NN ././.";
  private static final String WELCOMED_EDGES = "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)";

  @Test
  void theCrewOfTheOneWarshipIsItsNavy() {
    // "A British warship docked in Accra. Ghana's president welcomed the crew."
    var article = code(new HandBuiltText()
        .sentence("A/a/DT British/British/JJ/MISC warship/warship/NN docked/dock/VBD in/in/IN Accra/Accra/NNP/LOCATION ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) case(6,5) obl:in(4,6) punct(4,7)")
        .sentence(WELCOMED, WELCOMED_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).contains("GHAGOV GBRMIL 051");
  }

  @Test
  void withTwoCraftTheCrewIsNeitherOnesByThisRule() {
    // "A British warship stopped a Spanish trawler. Ghana's president welcomed the crew."
    var article = code(new HandBuiltText()
        .sentence("A/a/DT British/British/JJ/MISC warship/warship/NN stopped/stop/VBD a/a/DT Spanish/Spanish/JJ/MISC trawler/trawler/NN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(4,8)")
        .sentence(WELCOMED, WELCOMED_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).doesNotContain("GHAGOV GBRMIL 051");
  }
}
