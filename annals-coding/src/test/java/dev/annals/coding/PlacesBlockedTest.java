package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A deed done to a place called by its kind and name happens there; a protest at one's own country's place is put to its government. */
class PlacesBlockedTest {
  // "Fishermen blocked the port of Kigoma."
  private static final String BLOCKADE = "Fishermen/fisherman/NNS blocked/block/VBD the/the/DT port/port/NN of/of/IN Kigoma/Kigoma/NNP/LOCATION ././.";
  private static final String BLOCKADE_EDGES = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) punct(2,7)";

  @Test
  void aBlockadeOfAPortHappensInThePort() {
    var article = code(BLOCKADE, BLOCKADE_EDGES);
    assertThat(article.events()).anySatisfy(e -> assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Kigoma")));
  }

  @Test
  void aCountrysOwnPeopleBlockingItsPortProtestToItsGovernment() {
    var article = code(BLOCKADE, BLOCKADE_EDGES);
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("TZACVL TZAGOV 14")).noneMatch(t -> t.startsWith("TZACVL TZA 14"));
  }
}
