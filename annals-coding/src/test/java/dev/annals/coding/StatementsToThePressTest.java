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
}
