package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An accord made by no one named, that two sides act under in joined clauses, was made by the two (NounEventCoder). */
class AccordsActedUnderTest {
  @Test
  void anAccordTwoSidesActUnderInJoinedClausesIsTheirs() {
    assertThat(triples(code("Under/under/IN an/an/DT agreement/agreement/NN signed/sign/VBN on/on/IN Wednesday/Wednesday/NNP ,/,/, "
        + "Kenya/Kenya/NNP/LOCATION will/will/MD check/check/VB applicants/applicant/NNS '/'/POS records/record/NNS before/before/IN they/they/PRP "
        + "leave/leave/VBP and/and/CC Qatar/Qatar/NNP/LOCATION will/will/MD train/train/VB Kenyan/Kenyan/JJ officers/officer/NNS ././.",
        "case(3,1) det(3,2) obl:under(10,3) acl(3,4) case(6,5) obl:on(4,6) punct(10,7) nsubj(10,8) aux(10,9) root(0,10) nmod:poss(13,11) case(11,12) "
            + "obj(10,13) mark(16,14) nsubj(16,15) advcl:before(10,16) cc(20,17) nsubj(20,18) aux(20,19) advcl:before(10,20) conj:and(16,20) amod(22,21) "
            + "obj(20,22) punct(10,23)"))).contains("KEN QAT 057");
  }
}
