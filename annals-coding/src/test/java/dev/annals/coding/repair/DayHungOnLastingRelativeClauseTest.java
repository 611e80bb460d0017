package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class DayHungOnLastingRelativeClauseTest {
  private static final ParseRepair REPAIR = new DayHungOnLastingRelativeClause();
  // "Rebels freed soldiers they had held for three weeks on Saturday."
  private static final HandParse FREED = HandParse.of("Rebels/rebel/NNS freed/free/VBD soldiers/soldier/NNS they/they/PRP had/have/VBD held/hold/VBN "
      + "for/for/IN three/three/CD weeks/week/NNS on/on/IN Saturday/Saturday/NNP ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) obj(2,3) nsubj(6,4) aux(6,5) acl:relcl(3,6) case(9,7) nummod(9,8) obl:for(6,9) case(11,10) punct(2,12)";

  @Test
  void theDayAfterALastingIsTheMainVerbs() {
    FREED.assertRepairs(REPAIR, SHARED + " obl:on(6,11)", SHARED + " obl:on(2,11)");
  }

  @Test
  void aDayOfAClauseThatNamesNoLastingStaysWithIt() {
    // "Rebels freed soldiers they had seized in Arauca on Saturday."
    HandParse.of("Rebels/rebel/NNS freed/free/VBD soldiers/soldier/NNS they/they/PRP had/have/VBD seized/seize/VBN in/in/IN Arauca/Arauca/NNP "
        + "on/on/IN Saturday/Saturday/NNP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) nsubj(6,4) aux(6,5) acl:relcl(3,6) case(8,7) obl:in(6,8) case(10,9) obl:on(6,10) punct(2,11)");
  }

  @Test
  void aClauseInTheSimplePastKeepsItsDay() {
    // "Rebels freed soldiers who guarded the camp for three weeks on Saturday" is left as parsed.
    HandParse.of("Rebels/rebel/NNS freed/free/VBD soldiers/soldier/NNS who/who/WP guarded/guard/VBD it/it/PRP for/for/IN three/three/CD weeks/week/NNS "
        + "on/on/IN Saturday/Saturday/NNP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) nsubj(5,4) acl:relcl(3,5) obj(5,6) case(9,7) nummod(9,8) obl:for(5,9) case(11,10) obl:on(5,11) punct(2,12)");
  }
}
