package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words said to reporters are a statement aimed at no one (StatementsToThePress). */
class StatementsToThePressTest {
  @Test
  void whatIsToldToReportersIsAStatementToNoOne() {
    // "U.S. Trade Representative Jamieson Greer met Indian officials. Greer told reporters the talks had been productive."
    var events = code(new HandBuiltText()
        .sentence("U.S./U.S./NNP/LOCATION Trade/Trade/NNP Representative/Representative/NNP Jamieson/Jamieson/NNP/PERSON Greer/Greer/NNP/PERSON met/meet/VBD "
                + "Indian/Indian/JJ/MISC officials/official/NNS ././.",
            "compound(5,1) compound(5,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) amod(8,7) obj(6,8) punct(6,9)")
        .sentence("Greer/Greer/NNP/PERSON told/tell/VBD reporters/reporter/NNS the/the/DT talks/talk/NNS had/have/VBD been/be/VBN productive/productive/JJ ././.",
            "nsubj(2,1) root(0,2) obj(2,3) det(5,4) nsubj(8,5) aux(8,6) cop(8,7) ccomp(2,8) punct(2,9)")).events();
    assertThat(events).extracting(e -> triple(e)).anyMatch(t -> t.endsWith(" - 010")).noneMatch(t -> t.contains("MED"));
  }

  @Test
  void whatALeaderTellsHisOwnParliamentIsAStatementToNoOneButAnotherStatesParliamentIsASide() {
    // "Chile's foreign minister told parliament the talks had failed." and "… told Peru's parliament …"
    String tail = " the/the/DT talks/talk/NNS had/have/VBD failed/fail/VBN ././.";
    var own = code("Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN told/tell/VBD parliament/parliament/NN" + tail,
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) det(8,7) nsubj(10,8) aux(10,9) ccomp(5,10) punct(5,11)").events();
    assertThat(own).extracting(e -> triple(e)).contains("CHLGOV - 010").noneMatch(t -> t.contains("LEG"));
    var other = code("Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN told/tell/VBD Peru/Peru/NNP/LOCATION 's/'s/POS "
            + "parliament/parliament/NN" + tail,
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) nmod:poss(8,6) case(6,7) obj(5,8) det(10,9) nsubj(12,10) aux(12,11) ccomp(5,12) punct(5,13)").events();
    assertThat(other).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLGOV PERLEG"));
  }
}
