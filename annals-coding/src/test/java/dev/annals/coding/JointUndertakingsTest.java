package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two sides setting up a joint body together cooperate with each other. */
class JointUndertakingsTest {
  private static List<String> triples(String tokens, String edges) {
    return code(tokens, edges).events().stream().map(HandCoding::triple).toList();
  }

  @Test
  void aJointTeamSetUpByTwoSidesIsCooperationEachWay() {
    // "Chile and Peru will set up a joint investigation team."
    assertThat(triples("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION will/will/MD set/set/VB up/up/RP a/a/DT joint/joint/JJ "
            + "investigation/investigation/NN team/team/NN ././.",
        "nsubj(5,1) cc(3,2) conj:and(1,3) nsubj(5,3) aux(5,4) root(0,5) compound:prt(5,6) det(10,7) amod(9,8) compound(10,9) obj(5,10) punct(5,11)"))
        .contains("CHL PER 060", "PER CHL 060").noneMatch(t -> t.endsWith(" 090"));
  }

  @Test
  void aTeamOfItsOwnIsNoCooperation() {
    // "Chile and Peru will each set up an investigation team."
    assertThat(triples("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION will/will/MD set/set/VB up/up/RP an/a/DT "
            + "investigation/investigation/NN team/team/NN ././.",
        "nsubj(5,1) cc(3,2) conj:and(1,3) nsubj(5,3) aux(5,4) root(0,5) compound:prt(5,6) det(9,7) compound(9,8) obj(5,9) punct(5,10)"))
        .noneMatch(t -> t.endsWith(" 060"));
  }
}
