package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class MainVerbJoinedToRelativeClauseOfRootNounTest {
  private static final ParseRepair REPAIR = new MainVerbJoinedToRelativeClauseOfRootNoun();

  @Test
  void thePastVerbAfterAWhoClauseIsTheMainVerbOfTheRootNoun() {
    // "Traders in Danane, who buy rubber, marched on Saturday, demanding talks."
    HandParse.of("Traders/trader/NNS in/in/IN Danane/Danane/NNP/LOCATION ,/,/, who/who/WP buy/buy/VBP rubber/rubber/NN ,/,/, marched/march/VBD "
            + "on/on/IN Saturday/Saturday/NNP ,/,/, demanding/demand/VBG talks/talk/NNS ././.")
        .assertRepairs(REPAIR, "root(0,1) case(3,2) nmod:in(1,3) punct(3,4) nsubj(6,3) ref(3,5) acl:relcl(3,6) obj(6,7) punct(6,8) conj(6,9) case(11,10) "
                + "obl:on(9,11) punct(9,12) conj(6,13) obj(13,14) punct(1,15)",
            "root(0,9) case(3,2) nmod:in(1,3) punct(3,4) nsubj(6,1) ref(1,5) acl:relcl(1,6) obj(6,7) punct(6,8) case(11,10) "
                + "obl:on(9,11) punct(9,12) advcl(9,13) obj(13,14) punct(1,15) nsubj(9,1)");
  }

  @Test
  void aRootVerbIsLeftAlone() {
    // "Traders, who buy rubber, marched": parsed right.
    HandParse.of("Traders/trader/NNS ,/,/, who/who/WP buy/buy/VBP rubber/rubber/NN ,/,/, marched/march/VBD ././.")
        .assertLeavesAlone(REPAIR, "nsubj(7,1) punct(1,2) nsubj(4,1) ref(1,3) acl:relcl(1,4) obj(4,5) punct(1,6) root(0,7) punct(7,8)");
  }
}
