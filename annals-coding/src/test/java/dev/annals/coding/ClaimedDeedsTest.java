package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An attacker the story gives no name is the one who claims the deed. */
class ClaimedDeedsTest {
  // "A gunman shot two soldiers in Quetta."
  private static final String SHOOTING = "A/a/DT gunman/gunman/NN shot/shoot/VBD two/two/CD soldiers/soldier/NNS in/in/IN Quetta/Quetta/NNP/LOCATION ././.";
  private static final String SHOOTING_EDGES = "det(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)";

  @Test
  void aLoneAttackerOfNoNameIsAnUnidentifiedArmedForceOfThePlace() {
    var article = code(new HandBuiltText().sentence(SHOOTING, SHOOTING_EDGES));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PAKUAF PAKMIL "));
  }

  @Test
  void theAttackerIsWhoClaimsResponsibilityInTheNextSentence() {
    var article = code(new HandBuiltText().sentence(SHOOTING, SHOOTING_EDGES)
        .sentence("The/the/DT Balochistan/Balochistan/NNP/ORGANIZATION Liberation/Liberation/NNP/ORGANIZATION Army/Army/NNP/ORGANIZATION claimed/claim/VBD "
            + "responsibility/responsibility/NN ././.", "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BLA PAKMIL ")).noneMatch(t -> t.startsWith("PAKUAF"));
  }

  @Test
  void aClaimTooLateInTheStoryNamesNoAttacker() {
    // Three sentences between: the claim may be of another deed.
    String filler = "Pakistan/Pakistan/NNP/LOCATION thanked/thank/VBD China/China/NNP/LOCATION ././.";
    String fillerEdges = "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)";
    var article = code(new HandBuiltText().sentence(SHOOTING, SHOOTING_EDGES).sentence(filler, fillerEdges).sentence(filler, fillerEdges).sentence(filler, fillerEdges)
        .sentence("The/the/DT Balochistan/Balochistan/NNP/ORGANIZATION Liberation/Liberation/NNP/ORGANIZATION Army/Army/NNP/ORGANIZATION claimed/claim/VBD "
            + "responsibility/responsibility/NN ././.", "det(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("BLA PAKMIL "));
  }
}
