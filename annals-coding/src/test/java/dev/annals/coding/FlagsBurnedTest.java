package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A country's flags burned in protest stand for that country, and so they do for the march they are burned at. */
class FlagsBurnedTest {

  @Test
  void aMarchBurningAnotherCountrysFlagsIsAgainstThatCountry() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Thousands/thousand/NNS of/of/IN people/person/NNS marched/march/VBD in/in/IN Dhaka/Dhaka/NNP/LOCATION "
            + "after/after/IN Friday/Friday/NNP prayers/prayer/NNS ,/,/, burning/burn/VBG Danish/Danish/JJ flags/flag/NNS "
            + "and/and/CC demanding/demand/VBG that/that/IN the/the/DT envoy/envoy/NN be/be/VB expelled/expel/VBN ././.",
            "root(0,4) det:qmod(3,1) fixed(1,2) nsubj(4,3) obl:in(4,6) obl:after(4,9) punct(4,10) conj:and(4,11) "
            + "conj:and(4,15) punct(4,21) nsubj(11,3) obj(11,13) nsubj(15,3) cc(15,14) ccomp(15,20) case(6,5) case(9,7) "
            + "compound(9,8) amod(13,12) mark(20,16) nsubj:pass(20,18) aux:pass(20,19) det(18,17)"))))
        .contains("BGDCVL DNK 141")
        .noneMatch(t -> t.startsWith("BGDCVL BGDGOV 14"));
  }
}
