package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An election called peaceful, the electoral commission asked of, and a vote that is no election. */
class ElectionsJudgedTest {
  @Test
  void aVoteCalledPeacefulIsPraiseOfTheStateThatHeldItAndItsCommissionIsThatStates() {
    // "Malawi's president won a second term in last week's election. Observers from the African
    // Union called the vote peaceful but urged the electoral commission to publish the results."
    List<String> coded = triples(code(new HandBuiltText()
        .sentence("Malawi/Malawi/NNP/LOCATION 's/'s/POS president/president/NN won/win/VBD a/a/DT second/second/JJ term/term/NN "
            + "in/in/IN last/last/JJ week/week/NN 's/'s/POS election/election/NN ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,7) obl:in(4,12) punct(4,13) det(7,5) amod(7,6) case(12,8) "
            + "nmod:poss(12,10) amod(10,9) case(10,11)")
        .sentence("Observers/observer/NNS from/from/IN the/the/DT African/African/NNP/LOCATION Union/Union/NNP/LOCATION "
            + "called/call/VBD the/the/DT vote/vote/NN peaceful/peaceful/JJ but/but/CC urged/urge/VBD the/the/DT "
            + "electoral/electoral/JJ commission/commission/NN to/to/TO publish/publish/VB the/the/DT results/result/NNS "
            + "././.",
            "root(0,6) nsubj(6,1) obj(6,8) advmod(6,9) conj:but(6,11) punct(6,19) nmod:from(1,5) nsubj(11,1) cc(11,10) "
            + "obj(11,14) xcomp(11,16) case(5,2) det(5,3) compound(5,4) det(8,7) det(14,12) amod(14,13) nsubj:xsubj(16,14) "
            + "mark(16,15) obj(16,18) det(18,17)")));
    assertThat(coded).contains("AU MWIGOV 051").anyMatch(t -> t.matches("AU MWIGOV 02\\d*")).noneMatch(t -> t.endsWith(" 0834"));
  }

  @Test
  void aVoteWelcomedWhereNoElectionIsToldIsNotTheHomeStates() {
    // "The Philippine Senate ratified the agreement. Canada's defence minister welcomed the vote."
    List<String> coded = triples(code(new HandBuiltText()
        .sentence("The/the/DT Philippine/philippine/JJ/ORGANIZATION Senate/Senate/NNP/ORGANIZATION ratified/ratify/VBD the/the/DT "
            + "agreement/agreement/NN ././.",
            "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,6) punct(4,7) det(6,5)")
        .sentence("Canada/Canada/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN welcomed/welcome/VBD the/the/DT "
            + "vote/vote/NN ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)")));
    assertThat(coded).noneMatch(t -> t.startsWith("CANGOV CAN"));
  }
}
