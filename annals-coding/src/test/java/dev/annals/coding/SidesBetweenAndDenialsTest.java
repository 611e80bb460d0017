package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The two sides" are the two a "between" phrase set against each other, not the host of their
 * talks; an event noun in apposition to the talks names them again; a denial beside a saying is
 * what the saying amounts to.
 */
class SidesBetweenAndDenialsTest {

  @Test
  void theTwoSidesAreThoseTheTalksWereBetween() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Turkey/Turkey/NNP/LOCATION hosted/host/VBD two/two/CD days/day/NNS of/of/IN talks/talk/NNS in/in/IN "
            + "Ankara/Ankara/NNP/LOCATION between/between/IN Armenia/Armenia/NNP/LOCATION 's/'s/POS government/government/NN "
            + "and/and/CC Azerbaijan/Azerbaijan/NNP/LOCATION 's/'s/POS government/government/NN that/that/WDT ended/end/VBD "
            + "on/on/IN Friday/Friday/NNP ,/,/, the/the/DT first/first/JJ direct/direct/JJ contact/contact/NN "
            + "between/between/IN the/the/DT two/two/CD sides/side/NNS since/since/IN the/the/DT war/war/NN ././.",
            "root(0,2) nsubj(2,1) obj(2,4) punct(2,33) nummod(4,3) nmod:of(4,6) punct(4,21) appos(4,25) case(6,5) "
            + "nmod:in(6,8) nmod:between(6,12) nmod:between(6,16) ref(6,17) acl:relcl(6,18) nsubj(18,6) obl:on(18,20) "
            + "case(8,7) case(12,9) nmod:poss(12,10) conj:and(12,16) case(10,11) cc(16,13) nmod:poss(16,14) case(14,15) "
            + "case(20,19) det(25,22) amod(25,23) amod(25,24) nmod:between(25,29) nmod:since(25,32) case(29,26) det(29,27) "
            + "nummod(29,28) case(32,30) det(32,31)")
        .sentence("The/the/DT two/two/CD sides/side/NNS agreed/agree/VBD to/to/TO meet/meet/VB again/again/RB in/in/IN "
            + "May/May/NNP ././.",
            "root(0,4) det(3,1) nummod(3,2) nsubj(4,3) xcomp(4,6) punct(4,10) nsubj:xsubj(6,3) mark(6,5) advmod(6,7) "
            + "obl:in(6,9) case(9,8)"))))
        .contains("ARMGOV AZEGOV 036", "AZEGOV ARMGOV 036")
        .noneMatch(t -> t.startsWith("TUR") && !t.endsWith(" 045"))
        .noneMatch(t -> t.contains(" TUR"));
  }

  @Test
  void aDenialBesideASayingIsTheDenial() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Iranian/Iranian/JJ forces/force/NNS seized/seize/VBD a/a/DT Greek/Greek/JJ tanker/tanker/NN on/on/IN "
            + "Thursday/Thursday/NNP ././.",
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) punct(3,9) det(6,4) amod(6,5) case(8,7)")
        .sentence("The/the/DT tanker/tanker/NN 's/'s/POS owner/owner/NN said/say/VBD the/the/DT ship/ship/NN had/have/VBD "
            + "been/be/VBN empty/empty/JJ and/and/CC denied/deny/VBD any/any/DT smuggling/smuggling/NN ././.",
            "root(0,5) det(2,1) case(2,3) nmod:poss(4,2) nsubj(5,4) ccomp(5,10) conj:and(5,12) punct(5,15) nsubj(12,4) "
            + "cc(12,11) obj(12,14) det(7,6) nsubj(10,7) aux(10,8) cop(10,9) det(14,13)"))))
        .contains("GRCBUS - 016").doesNotContain("GRCBUS - 010");
  }
}
