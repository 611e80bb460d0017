package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "The kingdom", "the emirate": the state of that kind named last (actors/state-epithets.tsv). */
class StateEpithetsTest {
  private static final String PRAISED = "Chile/Chile/NNP/LOCATION praised/praise/VBD the/the/DT kingdom/kingdom/NN 's/'s/POS role/role/NN ././.";
  private static final String PRAISED_EDGES = "nsubj(2,1) root(0,2) det(4,3) nmod:poss(6,4) case(4,5) obj(2,6) punct(2,7)";

  @Test
  void theKingdomIsTheKingdomNamedLast() {
    // "Jordan hosted talks. Chile praised the kingdom's role."
    HandBuiltText text = new HandBuiltText()
        .sentence("Jordan/Jordan/NNP/LOCATION hosted/host/VBD talks/talk/NNS ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence(PRAISED, PRAISED_EDGES);
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL JOR 051");
  }

  @Test
  void theIslandNationIsTheIslandStateNamedLast() {
    // "Jamaica hosted talks. Chile praised the island nation's role."
    HandBuiltText text = new HandBuiltText()
        .sentence("Jamaica/Jamaica/NNP/LOCATION hosted/host/VBD talks/talk/NNS ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Chile/Chile/NNP/LOCATION praised/praise/VBD the/the/DT island/island/NN nation/nation/NN 's/'s/POS role/role/NN ././.",
            "nsubj(2,1) root(0,2) det(5,3) compound(5,4) nmod:poss(7,5) case(5,6) obj(2,7) punct(2,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL JAM 051");
  }

  @Test
  void aRepublicIsNoKingdom() {
    // "Peru hosted talks. Chile praised the kingdom's role."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION hosted/host/VBD talks/talk/NNS ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence(PRAISED, PRAISED_EDGES);
    assertThat(code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHL PER"));
  }

  @Test
  void theKingdomIsNotOneItsSentenceNamesAfterIt() {
    // "Bahrain summoned Britain's ambassador on Friday. The kingdom recalled its ambassador from
    // London on Saturday.": Britain, a kingdom named last, is named again as London.
    HandBuiltText text = new HandBuiltText()
        .sentence("Bahrain/Bahrain/NNP/LOCATION summoned/summon/VBD Britain/Britain/NNP/LOCATION 's/'s/POS "
            + "ambassador/ambassador/NN on/on/IN Friday/Friday/NNP ././.",
            "root(0,2) nsubj(2,1) obj(2,5) obl:on(2,7) punct(2,8) nmod:poss(5,3) case(3,4) case(7,6)")
        .sentence("The/the/DT kingdom/kingdom/NN recalled/recall/VBD its/its/PRP$ ambassador/ambassador/NN from/from/IN "
            + "London/London/NNP/LOCATION on/on/IN Saturday/Saturday/NNP ././.",
            "root(0,3) det(2,1) nsubj(3,2) obj(3,5) obl:from(3,7) obl:on(3,9) punct(3,10) nmod:poss(5,4) case(7,6) case(9,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("BHR\\w* GBR\\w* 161")).noneMatch(t -> t.matches("GBR\\w* \\w+ 161"));
  }
}
