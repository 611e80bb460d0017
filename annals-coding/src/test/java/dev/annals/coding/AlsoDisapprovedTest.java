package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A disapproval "also" voiced of a deed named again is aimed where the latest one was (AntecedentTargets). */
class AlsoDisapprovedTest {
  private static final String SEIZED = "Libya/Libya/NNP/LOCATION 's/'s/POS army/army/NN seized/seize/VBD a/a/DT ship/ship/NN ././.";
  private static final String SEIZED_EDGES = "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)";
  private static final String CONDEMNED = "Turkey/Turkey/NNP/LOCATION condemned/condemn/VBD the/the/DT seizure/seizure/NN and/and/CC demanded/demand/VBD "
      + "its/its/PRP$ release/release/NN ././.";
  private static final String CONDEMNED_EDGES = "nsubj(2,1) nsubj(6,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nmod:poss(8,7) obj(6,8) punct(2,9)";
  private static final String GOVERNMENT = "Libya/Libya/NNP/LOCATION 's/'s/POS government/government/NN";

  @Test
  void alsoCondemningTheMoveJoinsTheLatestCondemnation() {
    // "Libya's army seized a ship. Turkey condemned the seizure and demanded its release. Libya's
    // government also condemned the move.": the army's seizure, not Turkey's demand, the latest
    // act another side did; a rival body of the same country may be condemned.
    var text = new HandBuiltText().sentence(SEIZED, SEIZED_EDGES).sentence(CONDEMNED, CONDEMNED_EDGES).sentence(
        GOVERNMENT + " also/also/RB condemned/condemn/VBD the/the/DT move/move/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(5,3) advmod(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)");
    assertThat(triples(code(text))).contains("LBYGOV LBYMIL 111").noneMatch(t -> t.startsWith("LBYGOV TUR"));
  }

  @Test
  void withoutAlsoTheMoveIsTheLatestDeedOfAnotherSide() {
    // "… Libya's government condemned the move.": the rule waits for "also"; the reading before
    // it stands.
    var text = new HandBuiltText().sentence(SEIZED, SEIZED_EDGES).sentence(CONDEMNED, CONDEMNED_EDGES).sentence(
        GOVERNMENT + " condemned/condemn/VBD the/the/DT move/move/NN ././.", "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)");
    assertThat(triples(code(text))).noneMatch(t -> t.startsWith("LBYGOV LBYMIL"));
  }
}
