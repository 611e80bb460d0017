package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativeClauseHungOnDayTest {
  private static final ParseRepair REPAIR = new RelativeClauseHungOnDay();

  @Test
  void aClauseUnderWhichSomethingIsDoneGoesFromTheDayToTheThingSigned() {
    // "Peru signed an agreement on Wednesday under which Chile will build a port."
    HandParse.of("Peru/Peru/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN on/on/IN Wednesday/Wednesday/NNP under/under/IN which/which/WDT "
            + "Chile/Chile/NNP/LOCATION will/will/MD build/build/VB a/a/DT port/port/NN ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:on(2,6) obl:under(11,6) case(8,7) ref(6,8) nsubj(11,9) aux(11,10) "
                + "acl:relcl(6,11) det(13,12) obj(11,13) punct(2,14)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:on(2,6) obl:under(11,4) case(8,7) ref(4,8) nsubj(11,9) aux(11,10) "
                + "acl:relcl(4,11) det(13,12) obj(11,13) punct(2,14)");
  }

  @Test
  void aClauseOfTheDayItselfStays() {
    // "Peru signed an agreement on Wednesday, on which Chile will hold a vote."
    HandParse.of("Peru/Peru/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN on/on/IN Wednesday/Wednesday/NNP on/on/IN which/which/WDT "
            + "Chile/Chile/NNP/LOCATION will/will/MD hold/hold/VB a/a/DT vote/vote/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:on(2,6) obl:on(11,6) case(8,7) ref(6,8) nsubj(11,9) aux(11,10) "
            + "acl:relcl(6,11) det(13,12) obj(11,13) punct(2,14)");
  }
}
