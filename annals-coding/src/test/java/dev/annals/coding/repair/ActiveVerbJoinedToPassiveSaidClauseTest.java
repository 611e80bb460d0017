package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ActiveVerbJoinedToPassiveSaidClauseTest {
  private static final ParseRepair REPAIR = new ActiveVerbJoinedToPassiveSaidClause();
  // "Spain said the releases were allowed and denied breaking the treaty."
  private static final HandParse SAID = HandParse.of("Spain/Spain/NNP/LOCATION said/say/VBD the/the/DT releases/release/NNS were/be/VBD allowed/allow/VBN "
      + "and/and/CC denied/deny/VBD breaking/break/VBG the/the/DT treaty/treaty/NN ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) det(4,3) nsubj:pass(6,4) aux:pass(6,5) ccomp(2,6) cc(8,7) dep(8,9) det(11,10) obj(9,11) punct(2,12)";

  @Test
  void theActiveVerbIsTheSpeakersSecondAct() {
    SAID.assertRepairs(REPAIR, SHARED + " nsubj:pass(8,4) ccomp(2,8) conj:and(6,8)", SHARED + " nsubj(8,1) conj:and(2,8)");
  }

  @Test
  void aSecondPassiveSharesTheSubject() {
    // "Spain said the releases were allowed and approved.", "approved" a participle.
    HandParse.of("Spain/Spain/NNP/LOCATION said/say/VBD the/the/DT releases/release/NNS were/be/VBD allowed/allow/VBN and/and/CC approved/approve/VBN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj:pass(6,4) aux:pass(6,5) ccomp(2,6) cc(8,7) nsubj:pass(8,4) conj:and(6,8) punct(2,9)");
  }

  @Test
  void aParticipleWithANameAsItsObjectIsTheSpeakersSecondActToo() {
    // "Spain said it had been ignored and asked/VBN Lisbon for talks."
    String shared = "nsubj(2,1) root(0,2) nsubj:pass(6,3) aux(6,4) aux:pass(6,5) ccomp(2,6) cc(8,7) obj(8,9) case(11,10) obl:for(8,11) punct(2,12)";
    HandParse.of("Spain/Spain/NNP/LOCATION said/say/VBD it/it/PRP had/have/VBD been/be/VBN ignored/ignore/VBN and/and/CC asked/ask/VBN "
            + "Lisbon/Lisbon/NNP/LOCATION for/for/IN talks/talk/NNS ././.")
        .assertRepairs(REPAIR, shared + " nsubj:pass(8,3) ccomp(2,8) conj:and(6,8)", shared + " nsubj(8,1) conj:and(2,8)");
  }
}
