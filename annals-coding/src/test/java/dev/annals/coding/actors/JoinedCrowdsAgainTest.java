package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "They" after joined plural common nouns is the crowd they make (Pronouns); a measure named again in a "for … to" clause is no new one (NounEventCoder). */
class JoinedCrowdsAgainTest {
  private static final String MARCHED = "Ugandan/Ugandan/JJ/MISC relatives/relative/NNS and/and/CC activists/activist/NNS marched/march/VBD ././.";
  private static final String MARCHED_EDGES = "amod(2,1) nsubj(5,2) cc(4,3) conj:and(2,4) nsubj(5,4) root(0,5) punct(5,6)";

  @Test
  void theyAreTheJoinedCrowd() {
    // "Ugandan relatives and activists marched. They called for the ban to be made permanent."
    var article = code(new HandBuiltText().sentence(MARCHED, MARCHED_EDGES)
        .sentence("They/they/PRP called/call/VBD for/for/IN the/the/DT ban/ban/NN to/to/TO be/be/VB made/make/VBN permanent/permanent/JJ ././.",
            "nsubj(2,1) root(0,2) mark(8,3) det(5,4) nsubj:pass(8,5) mark(8,6) aux:pass(8,7) advcl:to(2,8) xcomp(8,9) punct(2,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("UGACVL \\S+ 0[12]\\d*"))
        .noneMatch(t -> t.endsWith(" 172"));
  }
}
