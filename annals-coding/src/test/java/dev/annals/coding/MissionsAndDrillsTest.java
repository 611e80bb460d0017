package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A foreign mission, or its head, deals with the state it is posted in; another side's drills
 * suspended are cooperation cut; force used is no armed force; a gate blocked is a passage
 * obstructed.
 */
class MissionsAndDrillsTest {
  private static List<String> triples(HandBuiltText text) {
    return code(text).events().stream().map(e -> triple(e)).toList();
  }

  @Test
  void drillsOfAnotherSideSuspendedAreCooperationCut() {
    // "Kenya suspended live-fire exercises by British troops."
    assertThat(triples(new HandBuiltText().sentence(
        "Kenya/Kenya/NNP/LOCATION suspended/suspend/VBD live-fire/live-fire/JJ exercises/exercise/NNS by/by/IN British/British/JJ/MISC troops/troops/NNS ././.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) case(7,5) amod(7,6) nmod:by(4,7) punct(2,8)"))).contains("KEN GBRMIL 160");
  }

  @Test
  void anEnvoysApologyToNoOneNamedIsToTheStateHeIsPostedIn() {
    // "Britain's high commissioner in Nairobi apologised for the fire."
    assertThat(triples(new HandBuiltText().sentence(
        "Britain/Britain/NNP/LOCATION 's/'s/POS high/high/JJ commissioner/commissioner/NN in/in/IN Nairobi/Nairobi/NNP/LOCATION "
            + "apologised/apologise/VBD for/for/IN the/the/DT fire/fire/NN ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(7,4) case(6,5) nmod:in(4,6) root(0,7) case(10,8) det(10,9) obl:for(7,10) punct(7,11)")))
        .contains("GBRGOV KENGOV 055");
  }

  @Test
  void theGovernmentAnEmbassyAsksIsTheOneItIsPostedWith() {
    // "China's embassy in Lima asked the government to guarantee the safety of the workers."
    assertThat(triples(new HandBuiltText().sentence(
        "China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Lima/Lima/NNP/LOCATION asked/ask/VBD the/the/DT government/government/NN "
            + "to/to/TO guarantee/guarantee/VB the/the/DT safety/safety/NN of/of/IN the/the/DT workers/worker/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(6,3) case(5,4) nmod:in(3,5) root(0,6) det(8,7) obj(6,8) mark(10,9) xcomp(6,10) nsubj:xsubj(10,8) "
            + "det(12,11) obj(10,12) case(15,13) det(15,14) nmod:of(12,15) punct(6,16)")))
        .anyMatch(t -> t.startsWith("CHNGOV PERGOV 02")).noneMatch(t -> t.contains("CHNGOV CHNGOV"));
  }

  @Test
  void forceThatIsUsedIsNoArmedForce() {
    // "Peruvian police fired tear gas at residents. Peru's government condemned the use of force."
    assertThat(triples(new HandBuiltText()
        .sentence("Peruvian/Peruvian/JJ/MISC police/police/NNS fired/fire/VBD tear/tear/NN gas/gas/NN at/at/IN residents/resident/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) compound(5,4) obj(3,5) case(7,6) obl:at(3,7) punct(3,8)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS government/government/NN condemned/condemn/VBD the/the/DT use/use/NN of/of/IN force/force/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) nmod:of(6,8) punct(4,9)")))
        .noneMatch(t -> t.contains("MIL"));
  }

  @Test
  void anOmbudsmanIsOfTheState() {
    // "Peru's ombudsman said."
    assertThat(code(new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION 's/'s/POS ombudsman/ombudsman/NN said/say/VBD ././.", "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) punct(4,5)"))
        .events()).extracting(e -> e.source().code()).containsExactly("PERGOV");
  }

  @Test
  void aGateBlockedIsAPassageObstructed() {
    // "Dozens of Kenyan herders blocked the gate of the base."
    assertThat(triples(new HandBuiltText().sentence(
        "Kenyan/Kenyan/JJ/MISC herders/herder/NNS blocked/block/VBD the/the/DT gate/gate/NN of/of/IN the/the/DT base/base/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(8,6) det(8,7) nmod:of(5,8) punct(3,9)")))
        .anyMatch(t -> t.startsWith("KENCVL") && t.endsWith(" 1442"));
  }
}
