package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Concerns raised with a side disapprove of it (verbs.tsv 110), not a comment on how things stand (012). */
class ConcernsRaisedTest {
  @Test
  void concernsRaisedWithAStateDisapproveOfIt() {
    // "Chile said on Monday that it had raised its concerns with Peru."
    assertThat(triples(code("Chile/Chile/NNP/LOCATION said/say/VBD on/on/IN Monday/Monday/NNP/DATE that/that/IN it/it/PRP had/have/VBD raised/raise/VBN "
            + "its/its/PRP$ concerns/concern/NNS with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(8,5) nsubj(8,6) aux(8,7) ccomp(2,8) nmod:poss(10,9) obj(8,10) case(12,11) nmod:with(10,12) punct(2,13)")))
        .contains("CHL PER 110").noneMatch(t -> t.endsWith(" 012"));
  }
}
