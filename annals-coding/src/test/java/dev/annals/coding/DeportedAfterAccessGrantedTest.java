package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A visit the side asked is to let others make is only asked for; people deported by no one named,
 * in a clause joined to a state's own act, were sent away by that state; suspected recruiters are
 * suspects of crime.
 */
class DeportedAfterAccessGrantedTest {

  @Test
  void theAppealTheDeportationAndTheArrest() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Vietnam/Vietnam/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN asked/ask/VBD "
            + "Phnom/Phnom/NNP/LOCATION Penh/Penh/NNP/LOCATION on/on/IN Monday/Monday/NNP to/to/TO let/let/VB its/its/PRP$ "
            + "diplomats/diplomat/NNS visit/visit/VBP the/the/DT detained/detain/VBN workers/worker/NNS ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) obl:on(5,9) xcomp(5,11) punct(5,18) "
            + "compound(7,6) nsubj:xsubj(11,7) mark(11,10) ccomp(11,14) case(9,8) nmod:poss(13,12) nsubj(14,13) obj(14,17) "
            + "det(17,15) amod(17,16)")
        .sentence("Cambodian/Cambodian/JJ authorities/authority/NNS granted/grant/VBD consular/consular/JJ access/access/NN "
            + "on/on/IN Tuesday/Tuesday/NNP ,/,/, and/and/CC the/the/DT first/first/JJ 60/60/CD Vietnamese/Vietnamese/NNS "
            + "were/be/VBD deported/deport/VBN on/on/IN Thursday/Thursday/NNP ././.",
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,7) punct(3,8) conj:and(3,15) punct(3,18) amod(5,4) case(7,6) "
            + "cc(15,9) nsubj:pass(15,13) aux:pass(15,14) obl:on(15,17) det(13,10) amod(13,11) nummod(13,12) case(17,16)")
        .sentence("Vietnamese/Vietnamese/JJ police/police/NNS arrested/arrest/VBD four/four/CD suspected/suspect/VBN "
            + "recruiters/recruiter/NNS in/in/IN Hanoi/Hanoi/NNP/LOCATION on/on/IN Friday/Friday/NNP ././.",
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:on(3,10) punct(3,11) nummod(6,4) amod(6,5) nmod:in(6,8) case(8,7) "
            + "case(10,9)"))))
        .containsExactlyInAnyOrder("VNMGOV KHMGOV 020", "KHMGOV VNMGOV 0862", "KHMGOV VNM 174", "VNMCOP VNMCRM 173");
  }
}
