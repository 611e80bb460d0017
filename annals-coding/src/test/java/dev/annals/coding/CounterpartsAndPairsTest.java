package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a counterpart does is done to whose counterpart he is; "the two" after two leaders. */
class CounterpartsAndPairsTest {
  private static final String BORIC_DEMANDED = "Boric/Boric/NNP/PERSON demanded/demand/VBD an/a/DT inquiry/inquiry/NN ././.";
  private static final String BORIC_DEMANDED_EDGES = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)";

  @Test
  void whatACounterpartDoesWithNoOneNamedIsDoneToWhoseCounterpartHeIs() {
    // "Boric demanded an inquiry. His Peruvian counterpart, Dina Boluarte, expressed regret."
    HandBuiltText text = new HandBuiltText()
        .sentence(BORIC_DEMANDED, BORIC_DEMANDED_EDGES)
        .sentence("His/his/PRP$ Peruvian/Peruvian/JJ/MISC counterpart/counterpart/NN ,/,/, Dina/Dina/NNP/PERSON Boluarte/Boluarte/NNP/PERSON ,/,/, "
            + "expressed/express/VBD regret/regret/NN ././.",
            "nmod:poss(3,1) amod(3,2) nsubj(8,3) punct(3,4) compound(6,5) appos(3,6) punct(3,7) root(0,8) obj(8,9) punct(8,10)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERGOV CHLGOV 05"));
  }

  @Test
  void theTwoAfterTwoLeadersOfTwoStatesAreThoseLeaders() {
    // "Boric demanded an inquiry. Boluarte expressed regret. The two agreed to hold talks."
    HandBuiltText text = new HandBuiltText()
        .sentence(BORIC_DEMANDED, BORIC_DEMANDED_EDGES)
        .sentence("Boluarte/Boluarte/NNP/PERSON expressed/express/VBD regret/regret/NN ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("The/the/DT two/two/CD agreed/agree/VBD to/to/TO hold/hold/VB talks/talk/NNS ././.",
            "det(2,1) nsubj(3,2) root(0,3) mark(5,4) xcomp(3,5) obj(5,6) punct(3,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLGOV PERGOV 03"))
        .anyMatch(t -> t.startsWith("PERGOV CHLGOV 03"));
  }
}
