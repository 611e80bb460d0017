package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A weapon of no named owner launched from a country, what it struck, and the condemnations of
 * the strike: "Two drones launched from Peru struck a pumping station on Chile's pipeline."
 */
class LaunchedWeaponsTest {
  private static final String STRUCK = "Two/two/CD drones/drone/NNS launched/launch/VBN from/from/IN Peru/Peru/NNP/LOCATION struck/strike/VBD a/a/DT "
      + "pumping/pumping/NN station/station/NN on/on/IN Chile/Chile/NNP/LOCATION 's/'s/POS pipeline/pipeline/NN ././.";
  private static final String STRUCK_EDGES = "nummod(2,1) nsubj(6,2) root(0,6) acl(2,3) case(5,4) obl:from(3,5) det(9,7) compound(9,8) obj(6,9) case(13,10) "
      + "nmod:poss(13,11) case(11,12) nmod:on(9,13) punct(6,14)";

  private static List<String> triples(HandBuiltText text) {
    return code(text).events().stream().map(HandCoding::triple).toList();
  }

  @Test
  void theWeaponStandsForArmedMenOfTheCountryItCameFromAndTheStationForThePipelinesOwner() {
    assertThat(triples(new HandBuiltText().sentence(STRUCK, STRUCK_EDGES))).contains("PERUAF CHL 190");
  }

  @Test
  void theJudgesOwnCountrysStrikeIsCondemnedAsItsUnknownArmedMensNotAsTheDeedOfWhomTheJudgeCalled() {
    // "... Peru's president telephoned Chile's president and condemned the attack. Ecuador condemned the attack."
    HandBuiltText text = new HandBuiltText().sentence(STRUCK, STRUCK_EDGES)
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN telephoned/telephone/VBD Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN "
            + "and/and/CC condemned/condemn/VBD the/the/DT attack/attack/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) cc(9,8) conj:and(4,9) nsubj(9,3) det(11,10) obj(9,11) punct(4,12)")
        .sentence("Ecuador/Ecuador/NNP/LOCATION condemned/condemn/VBD the/the/DT attack/attack/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    List<String> triples = triples(text);
    assertThat(triples).contains("PERGOV PERUAF 111", "ECU PERUAF 111").doesNotContain("PERGOV CHLGOV 111");
  }

  @Test
  void attacksAPreventedActWouldHaveServedAreNoEvent() {
    // "Chile demanded that Peru stop armed groups from using its territory for attacks on Chile."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION demanded/demand/VBD that/that/IN Peru/Peru/NNP/LOCATION stop/stop/VB armed/armed/JJ groups/group/NNS from/from/IN "
            + "using/use/VBG its/its/PRP$ territory/territory/NN for/for/IN attacks/attack/NNS on/on/IN Chile/Chile/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) amod(7,6) obj(5,7) mark(9,8) advcl:from(5,9) nmod:poss(11,10) obj(9,11) case(13,12) "
            + "obl:for(9,13) case(15,14) nmod:on(13,15) punct(2,16)");
    // (A demand, 10x: "that Peru stop" is read by its verb, as "demanded that the minister resign" is.)
    assertThat(triples(text)).noneMatch(t -> t.endsWith(" 190")).anyMatch(t -> t.startsWith("CHL") && t.matches(".* 10\\d*"));
  }
}
