package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The two navies", "both armies": the armed forces of the story's two states (PairPhrases). */
class ArmedForcesOfThePairTest {
  @Test
  void drillsBetweenTheTwoNaviesAreBetweenBothStatesMilitaries() {
    // "Indonesian and Russian warships began a joint exercise on Sunday, the first such drills between the two navies."
    assertThat(triples(code("Indonesian/Indonesian/JJ/MISC and/and/CC Russian/Russian/JJ/MISC warships/warship/NNS began/begin/VBD a/a/DT joint/joint/JJ "
            + "exercise/exercise/NN on/on/IN Sunday/Sunday/NNP/DATE ,/,/, the/the/DT first/first/JJ such/such/JJ drills/drill/NNS between/between/IN the/the/DT "
            + "two/two/CD navies/navy/NNS ././.",
        "amod(4,1) cc(3,2) amod(4,3) conj:and(1,3) nsubj(5,4) root(0,5) det(8,6) amod(8,7) obj(5,8) case(10,9) obl:on(5,10) punct(5,11) det(15,12) "
            + "amod(15,13) amod(15,14) obj(5,15) case(19,16) det(19,17) nummod(19,18) nmod:between(15,19) punct(5,20)")))
        .contains("IDNMIL RUSMIL 062", "RUSMIL IDNMIL 062").noneMatch(t -> t.endsWith(" - 150") || t.endsWith(" - 062"));
  }
}
