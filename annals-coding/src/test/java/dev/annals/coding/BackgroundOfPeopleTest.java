package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A visit or request told in the pluperfect in a "who" clause, with no time of its own, is background (BackgroundOfPeople). */
class BackgroundOfPeopleTest {
  private static final String WORDS = "Syrian/Syrian/JJ/MISC relatives/relative/NNS who/who/WP had/have/VBD travelled/travel/VBN to/to/TO Koblenz/Koblenz/NNP/LOCATION ";

  @Test
  void howThePeopleCameThereIsNoVisit() {
    // "Syrian relatives who had travelled to Koblenz thanked Germany."
    assertThat(code(WORDS + "thanked/thank/VBD Germany/Germany/NNP/LOCATION ././.",
        "amod(2,1) nsubj(8,2) ref(2,3) nsubj(5,2) aux(5,4) acl:relcl(2,5) case(7,6) obl:to(5,7) root(0,8) obj(8,9) punct(8,10)").events())
        .extracting(e -> e.type().code()).contains("051").doesNotContain("042");
  }

  @Test
  void aClauseWithATimeOfItsOwnTellsNews() {
    // "Syrian relatives who had travelled to Koblenz in March thanked Germany."
    assertThat(code(WORDS + "in/in/IN March/March/NNP/DATE thanked/thank/VBD Germany/Germany/NNP/LOCATION ././.",
        "amod(2,1) nsubj(10,2) ref(2,3) nsubj(5,2) aux(5,4) acl:relcl(2,5) case(7,6) obl:to(5,7) case(9,8) obl:in(5,9) root(0,10) obj(10,11) punct(10,12)").events())
        .extracting(e -> e.type().code()).contains("042");
  }
}
