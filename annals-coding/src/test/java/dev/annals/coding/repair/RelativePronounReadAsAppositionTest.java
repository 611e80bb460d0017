package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class RelativePronounReadAsAppositionTest {
  private static final ParseRepair REPAIR = new RelativePronounReadAsApposition();

  @Test
  void whichReadAsAnAppositionOpensTheNounsRelativeClause() {
    // "Chile will pay for the plant, which is due to open in 2028."
    HandParse.of("Chile/Chile/NNP/LOCATION will/will/MD pay/pay/VB for/for/IN the/the/DT plant/plant/NN ,/,/, which/which/WDT is/be/VBZ due/due/JJ "
            + "to/to/TO open/open/VB in/in/IN 2028/2028/CD ././.")
        .assertRepairs(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) case(6,4) det(6,5) obl:for(3,6) punct(6,7) appos(6,8) dep(8,9) xcomp(9,10) mark(12,11) "
                + "dep(10,12) case(14,13) obl:in(12,14) punct(3,15)",
            "nsubj(3,1) aux(3,2) root(0,3) case(6,4) det(6,5) obl:for(3,6) punct(6,7) xcomp(9,10) mark(12,11) dep(10,12) case(14,13) obl:in(12,14) punct(3,15) "
                + "acl:relcl(6,9) nsubj(9,6) ref(6,8)");
  }

  @Test
  void anAppositionThatIsNoRelativePronounIsLeftAlone() {
    // "Chile will pay for the plant, a gift."
    HandParse.of("Chile/Chile/NNP/LOCATION will/will/MD pay/pay/VB for/for/IN the/the/DT plant/plant/NN ,/,/, a/a/DT gift/gift/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(3,1) aux(3,2) root(0,3) case(6,4) det(6,5) obl:for(3,6) punct(6,7) det(9,8) appos(6,9) punct(3,10)");
  }
}
