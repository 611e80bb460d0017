package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A promise or an apology told in a call, naming no one, is made to the one the call was with. */
class PromisesInACallTest {

  @Test
  void thePromiseInTheCallIsMadeToTheOneCalled() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("In/in/IN a/a/DT telephone/telephone/NN call/call/NN with/with/IN Ghana/Ghana/NNP/LOCATION 's/'s/POS "
            + "foreign/foreign/JJ minister/minister/NN on/on/IN Tuesday/Tuesday/NNP ,/,/, Norway/Norway/NNP/LOCATION "
            + "'s/'s/POS foreign/foreign/JJ minister/minister/NN apologised/apologise/VBD and/and/CC promised/promise/VBD "
            + "that/that/IN the/the/DT police/police/NN would/would/MD investigate/investigate/VB ././.",
            "root(0,17) case(4,1) det(4,2) compound(4,3) nmod:with(4,9) obl:in(17,4) punct(17,12) nsubj(17,16) "
            + "conj:and(17,19) punct(17,25) case(9,5) nmod:poss(9,6) amod(9,8) nmod:on(9,11) case(6,7) case(11,10) "
            + "nmod:poss(16,13) amod(16,15) case(13,14) nsubj(19,16) cc(19,18) ccomp(19,24) mark(24,20) nsubj(24,22) "
            + "aux(24,23) det(22,21)"))))
        .contains("NORGOV GHAGOV 041", "NORGOV GHAGOV 055", "NORGOV GHAGOV 030");
  }
}
