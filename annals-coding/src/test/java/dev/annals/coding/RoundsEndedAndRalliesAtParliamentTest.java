package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Days of talks that come to their end were held, not broken off; a rise criticised in what a
 * side owns is that side's doing; a rally outside a parliament is against the government.
 */
class RoundsEndedAndRalliesAtParliamentTest {

  @Test
  void theTalksTheCriticismAndTheRally() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Officials/official/NNS from/from/IN Peru/Peru/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION ended/end/VBD "
            + "three/three/CD days/day/NNS of/of/IN talks/talk/NNS in/in/IN Lima/Lima/NNP/LOCATION on/on/IN "
            + "Tuesday/Tuesday/NNP ././.",
            "root(0,6) nsubj(6,1) obj(6,8) obl:on(6,14) punct(6,15) nmod:from(1,3) nmod:from(1,5) case(3,2) conj:and(3,5) "
            + "cc(5,4) nummod(8,7) nmod:of(8,10) case(10,9) nmod:in(10,12) case(12,11) case(14,13)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN criticised/criticise/VBD a/a/DT "
            + "rise/rise/NN in/in/IN Chile/Chile/NNP/LOCATION 's/'s/POS port/port/NN fees/fee/NNS ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,13) det(7,6) nmod:in(7,12) case(12,8) "
            + "nmod:poss(12,9) compound(12,11) case(9,10)")
        .sentence("Hundreds/hundred/NNS of/of/IN Peruvian/Peruvian/JJ truckers/trucker/NNS rallied/rally/VBD outside/outside/IN "
            + "Parliament/Parliament/NNP/ORGANIZATION in/in/IN Santiago/Santiago/NNP/LOCATION on/on/IN "
            + "Wednesday/Wednesday/NNP ././.",
            "root(0,5) det:qmod(4,1) amod(4,3) fixed(1,2) nsubj(5,4) obl:outside(5,7) obl:in(5,9) obl:on(5,11) punct(5,12) "
            + "case(7,6) case(9,8) case(11,10)"))))
        .contains("PERGOV CHLGOV 040", "CHLGOV PERGOV 040", "PERGOV CHL 111", "PERCVL CHLGOV 141")
        .noneMatch(t -> t.endsWith(" 164") || t.endsWith("LEG 141"));
  }
}
