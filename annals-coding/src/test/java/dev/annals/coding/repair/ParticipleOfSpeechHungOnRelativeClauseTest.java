package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ParticipleOfSpeechHungOnRelativeClauseTest {
  private static final ParseRepair REPAIR = new ParticipleOfSpeechHungOnRelativeClause();

  @Test
  void aRulingAfterTheRelativeClauseIsTheMainVerbs() {
    // "A court halted work on a plant that Iceland helped to finance, ruling that families had been moved."
    HandParse.of("A/a/DT court/court/NN halted/halt/VBD work/work/NN on/on/IN a/a/DT plant/plant/NN that/that/WDT Iceland/Iceland/NNP"
        + " helped/help/VBD to/to/TO finance/finance/VB ,/,/, ruling/rule/VBG that/that/IN families/family/NNS had/have/VBD been/be/VBN"
        + " moved/move/VBN ././.")
        .assertRepairs(REPAIR,
            "det(2,1) nsubj(3,2) root(0,3) obj(3,4) case(7,5) det(7,6) obl:on(3,7) obj(10,7) nsubj:xsubj(12,7) ref(7,8) nsubj(10,9) acl:relcl(7,10)"
                + " mark(12,11) xcomp(10,12) punct(12,13) dep(12,14) mark(19,15) nsubj:pass(19,16) aux(19,17) aux:pass(19,18) ccomp(14,19) punct(3,20)",
            "det(2,1) nsubj(3,2) root(0,3) obj(3,4) case(7,5) det(7,6) obl:on(3,7) obj(10,7) nsubj:xsubj(12,7) ref(7,8) nsubj(10,9) acl:relcl(7,10)"
                + " mark(12,11) xcomp(10,12) punct(12,13) advcl(3,14) mark(19,15) nsubj:pass(19,16) aux(19,17) aux:pass(19,18) ccomp(14,19) punct(3,20)");
  }

  @Test
  void aParticipleOfAnotherDeedStaysWithTheRelativeClause() {
    // "Police arrested a man who stabbed a guard, wounding him.": the stabbing wounds, not the arrest.
    HandParse.of("Police/police/NNS arrested/arrest/VBD a/a/DT man/man/NN who/who/WP stabbed/stab/VBD a/a/DT guard/guard/NN ,/,/,"
        + " wounding/wound/VBG him/he/PRP ././.")
        .assertLeavesAlone(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) ref(4,5) nsubj(6,4) acl:relcl(4,6) det(8,7) obj(6,8) punct(6,9) dep(6,10) obj(10,11) punct(2,12)");
  }
}
