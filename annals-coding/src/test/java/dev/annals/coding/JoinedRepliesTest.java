package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An act naming no one, joined with its own doer to an act aimed at that doer, answers it. */
class JoinedRepliesTest {
  @Test
  void aJoinedClauseWithItsOwnDoerAnswersTheActAimedAtIt() {
    // "Chile summoned Peru's envoy, and Peru promised a solution."
    var article = code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS envoy/envoy/NN ,/,/, and/and/CC Peru/Peru/NNP/LOCATION promised/promise/VBD a/a/DT solution/solution/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(9,6) cc(9,7) nsubj(9,8) conj:and(2,9) det(11,10) obj(9,11) punct(2,12)"));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("PER CHL"));
  }

  @Test
  void aVerbSharingTheSubjectOfTheClauseItIsJoinedToAnswersNothing() {
    // "Chile summoned Peru's envoy after Peru seized the boats and ordered them to leave.": the
    // order is the second deed of the "after" clause the summons turns on, not Peru's answer.
    var article = code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS envoy/envoy/NN after/after/IN Peru/Peru/NNP/LOCATION seized/seize/VBD the/the/DT boats/boat/NNS and/and/CC ordered/order/VBD them/they/PRP to/to/TO leave/leave/VB ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) mark(8,6) nsubj(8,7) nsubj(12,7) advcl:after(2,8) det(10,9) obj(8,10) cc(12,11) conj:and(8,12) advcl:after(2,12) obj(12,13) nsubj:xsubj(15,13) mark(15,14) xcomp(12,15) punct(2,16)"));
    assertThat(triples(article)).noneMatch(t -> t.startsWith("PER CHL 174"));
  }
}
