package dev.annals.coding.repair;

import static dev.annals.coding.LicencesSuspendedSentence.TOKENS;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToPresentPassiveTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToPresentPassive();

  @Test
  void aPastVerbWithItsOwnObjectIsTheNextActOfTheSeries() {
    HandParse.of(TOKENS)
        .assertRepairs(REPAIR,
            "root(0,7) det(2,1) case(2,3) nmod:poss(6,2) compound(6,5) amod(5,4) nsubj(7,6) obj(7,9) punct(7,10) dep(7,11) "
                + "punct(7,33) det(9,8) obj(11,12) xcomp(11,14) nsubj:xsubj(14,12) mark(14,13) ccomp(14,17) det(16,15) nsubj(17,16) "
                + "obl:in(17,19) advcl:while(17,24) advcl:while(17,26) case(19,18) mark(24,20) nsubj:pass(24,22) aux:pass(24,23) "
                + "conj:and(24,26) obj(26,28) det(22,21) nsubj:pass(26,22) cc(26,25) det(28,27) nmod:of(28,32) case(32,29) nummod(32,30) "
                + "compound(32,31)",
            "root(0,7) det(2,1) case(2,3) nmod:poss(6,2) compound(6,5) amod(5,4) nsubj(7,6) obj(7,9) punct(7,10) dep(7,11) "
                + "punct(7,33) det(9,8) obj(11,12) xcomp(11,14) nsubj:xsubj(14,12) mark(14,13) ccomp(14,17) det(16,15) nsubj(17,16) "
                + "obl:in(17,19) advcl:while(17,24) advcl:while(17,26) case(19,18) mark(24,20) nsubj:pass(24,22) aux:pass(24,23) "
                + "obj(26,28) det(22,21) cc(26,25) det(28,27) nmod:of(28,32) case(32,29) nummod(32,30) "
                + "compound(32,31) conj:and(11,26) nsubj(26,6)");
  }

  @Test
  void aParticipleWithNoObjectSharesThePassive() {
    // "The ministry said the case is heard and decided by judges.": "decided" is passive too.
    HandParse.of("The/the/DT ministry/ministry/NN said/say/VBD the/the/DT case/case/NN is/be/VBZ heard/hear/VBN and/and/CC decided/decide/VBN "
            + "by/by/IN judges/judge/NNS ././.")
        .assertLeavesAlone(REPAIR, "root(0,3) det(2,1) nsubj(3,2) ccomp(3,7) punct(3,12) det(5,4) nsubj:pass(7,5) aux:pass(7,6) conj:and(7,9) "
            + "nsubj:pass(9,5) cc(9,8) obl:by(9,11) case(11,10)");
  }
}
