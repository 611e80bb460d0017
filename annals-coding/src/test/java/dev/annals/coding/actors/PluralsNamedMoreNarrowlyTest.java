package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "The factions" after "armed factions": the armed factions named before, not a party of the country in context. */
class PluralsNamedMoreNarrowlyTest {
  private static final String ACCUSED = "Iraq/Iraq/NNP/LOCATION accused/accuse/VBD armed/armed/JJ factions/faction/NNS of/of/IN "
      + "launching/launch/VBG drones/drone/NNS ././.";
  private static final String ACCUSED_EDGES = "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) mark(6,5) advcl:of(2,6) obj(6,7) punct(2,8)";
  private static final String DENIED = "The/the/DT factions/faction/NNS denied/deny/VBD the/the/DT charge/charge/NN ././.";
  private static final String DENIED_EDGES = "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)";

  @Test
  void theFactionsAreTheArmedFactionsNamedBefore() {
    // "Iraq accused armed factions of launching drones. The factions denied the charge."
    assertThat(code(new HandBuiltText().sentence(ACCUSED, ACCUSED_EDGES).sentence(DENIED, DENIED_EDGES)).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("IRQREB ") && t.endsWith(" 016"))
        .noneMatch(t -> t.startsWith("IRQPTY "));
  }

  @Test
  void factionsNamedBeforeAsTheWordAloneNamesThemAreLeftToTheWord() {
    // "Iraq accused rival factions of launching drones. The factions denied the charge."
    assertThat(code(new HandBuiltText().sentence(ACCUSED.replace("armed/armed/JJ", "rival/rival/JJ"), ACCUSED_EDGES).sentence(DENIED, DENIED_EDGES))
        .events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("IRQREB "));
  }
}
