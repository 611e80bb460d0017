package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class QuotedJudgmentReadAsModifierTest {
  private static final ParseRepair REPAIR = new QuotedJudgmentReadAsModifier();

  @Test
  void aQuotedAdjectiveAfterTheObjectIsWhatTheObjectIsCalled() {
    // "Chile called the seizure of the boats "illegal"." with "illegal" read as a modifier of "boats".
    HandParse.of("Chile/Chile/NNP/LOCATION called/call/VBD the/the/DT seizure/seizure/NN of/of/IN the/the/DT boats/boat/NNS \"/\"/`` "
        + "illegal/illegal/JJ \"/\"/'' ././.").assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) det(7,6) nmod:of(4,7) punct(7,8) amod(7,9) punct(2,10) punct(2,11)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) det(7,6) nmod:of(4,7) punct(7,8) punct(2,10) punct(2,11) xcomp(2,9) nsubj(9,4)");
  }

  @Test
  void aQuotedAdjectiveUnderAnotherVerbIsLeftAlone() {
    // "Chile seized the boats "illegal"" is no calling: nothing to mend.
    HandParse.of("Chile/Chile/NNP/LOCATION seized/seize/VBD the/the/DT boats/boat/NNS \"/\"/`` illegal/illegal/JJ \"/\"/'' ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) amod(4,6) punct(2,7) punct(2,8)");
  }

  @Test
  void aQuotedNounHungOnTheObjectIsWhatTheObjectIsCalled() {
    // 'Chile called the measures "an attack".'
    HandParse.of("Chile/Chile/NNP/LOCATION called/call/VBD the/the/DT measures/measure/NNS \"/\"/`` an/a/DT attack/attack/NN \"/\"/'' ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) det(7,6) dep(4,7) punct(4,8) punct(2,9)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) det(7,6) punct(4,8) punct(2,9) xcomp(2,7) nsubj(7,4)");
  }

  @Test
  void aStraightQuotationMarkTaggedAsClosingStillOpensTheQuotedJudgment() {
    // 'Peru called the use of weapons "excessive".', both straight marks tagged as closing ones.
    HandParse.of("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT use/use/NN of/of/IN weapons/weapon/NNS \"/\"/'' "
        + "excessive/excessive/JJ \"/\"/'' ././.").assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) punct(6,7) amod(6,8) punct(2,9) punct(2,10)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) punct(6,7) punct(2,9) punct(2,10) xcomp(2,8) nsubj(8,4)");
  }

  @Test
  void aClosingMarkAfterAnOpeningOneOpensNothing() {
    // 'Peru said "no" "excessive" …': a mark that an odd number of marks come before closes.
    HandParse.of("Peru/Peru/NNP/LOCATION called/call/VBD the/the/DT \"/\"/`` use/use/NN \"/\"/'' excessive/excessive/JJ ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(5,3) obj(2,5) punct(5,4) punct(5,6) amod(5,7) punct(2,8)");
  }
}
