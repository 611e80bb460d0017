package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lines of verbs.tsv read by what their object is: concerns raised with a side disapprove of it
 * (110), not a comment on how things stand (012); engineers sent to a state are aid (070).
 */
class VerbLinesByObjectTest {
  @Test
  void concernsRaisedWithAStateDisapproveOfIt() {
    // "Chile said on Monday that it had raised its concerns with Peru."
    assertThat(triples(code("Chile/Chile/NNP/LOCATION said/say/VBD on/on/IN Monday/Monday/NNP/DATE that/that/IN it/it/PRP had/have/VBD raised/raise/VBN "
            + "its/its/PRP$ concerns/concern/NNS with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(8,5) nsubj(8,6) aux(8,7) ccomp(2,8) nmod:poss(10,9) obj(8,10) case(12,11) nmod:with(10,12) punct(2,13)")))
        .contains("CHL PER 110").noneMatch(t -> t.endsWith(" 012"));
  }

  @Test
  void engineersSentToAStateAreAid() {
    // "Chile sent engineers to Peru on Monday."
    assertThat(triples(code("Chile/Chile/NNP/LOCATION sent/send/VBD engineers/engineer/NNS to/to/IN Peru/Peru/NNP/LOCATION on/on/IN Monday/Monday/NNP/DATE ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) case(7,6) obl:on(2,7) punct(2,8)"))).contains("CHL PER 070");
  }
}
