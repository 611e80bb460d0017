package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pardons asked of another side are no apology, and how people are kept in a state's prisons is
 * that state's doing.
 */
class PardonsAndPrisonConditionsTest {

  @Test
  void pardonsAnotherSideIsAskedToConsiderAreARequestNotAnApology() {
    // "asked Kuwait to consider pardons": the pardon is the object of the complement, which
    // Kuwait is to grant; only a pardon asked for oneself ("asked the families for pardon") is 055.
    assertThat(triples(code(new HandBuiltText()
        .sentence("Pakistan/Pakistan/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN asked/ask/VBD Kuwait/Kuwait/NNP/LOCATION "
            + "to/to/TO consider/consider/VB pardons/pardon/NNS for/for/IN dozens/dozen/NNS of/of/IN Pakistanis/Pakistani/NNPS held/hold/VBN "
            + "in/in/IN its/its/PRP$ jails/jail/NNS ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,6) xcomp(5,8) punct(5,18) nsubj:xsubj(8,6) mark(8,7) dep(8,14) "
            + "nsubj(14,9) obl:in(14,17) nmod:for(9,13) case(13,10) det:qmod(13,11) fixed(11,12) case(17,15) nmod:poss(17,16)"))))
        .contains("PAKGOV KWT 020")
        .noneMatch(t -> t.endsWith(" 055"));
  }

  @Test
  void conditionsCriticisedInAnotherCountrysPrisonsAreAimedAtThatCountry() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("A/a/DT Pakistani/Pakistani/JJ rights/right/NNS group/group/NN criticised/criticise/VBD conditions/condition/NNS in/in/IN "
            + "Kuwaiti/Kuwaiti/NNP prisons/prison/NNS ././.",
            "root(0,5) det(4,1) compound(4,3) amod(3,2) nsubj(5,4) obj(5,6) punct(5,10) nmod:in(6,9) case(9,7) compound(9,8)"))))
        .contains("PAKHRI KWT 111");
  }
}
