package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SoughtParticipleHungOnVerbTest {
  private static final ParseRepair REPAIR = new SoughtParticipleHungOnVerb();
  // "Danish police arrested three people on Monday suspected of smuggling."
  private static final String SUSPECTED_OF_SMUGGLING = "Danish/Danish/JJ police/police/NNS arrested/arrest/VBD three/three/CD people/person/NNS on/on/IN "
      + "Monday/Monday/NNP suspected/suspect/VBN of/of/IN smuggling/smuggling/NN ././.";

  @Test
  void aParticipleOfBeingSuspectedHungOnTheVerbDescribesItsObject() {
    HandParse.of(SUSPECTED_OF_SMUGGLING)
        .assertRepairs(REPAIR,
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl(3,8) punct(3,11) nummod(5,4) case(7,6) obl:on(8,7) obl:of(8,10) case(10,9)",
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) acl(5,8) punct(3,11) nummod(5,4) case(7,6) obl:on(3,7) obl:of(8,10) case(10,9)");
  }

  @Test
  void aParticipleOfBeingSuspectedHungOnTheDayDescribesTheObjectToo() {
    HandParse.of(SUSPECTED_OF_SMUGGLING)
        .assertRepairs(REPAIR,
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,7) punct(3,11) nummod(5,4) case(7,6) acl(7,8) obl:of(8,10) case(10,9)",
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,7) punct(3,11) nummod(5,4) case(7,6) acl(5,8) obl:of(8,10) case(10,9)");
  }

  @Test
  void aParticipleOfHowTheActWasDoneStaysTheVerbs() {
    // "Danish police arrested three people on Monday, supported by soldiers.": no state of being sought.
    HandParse.of("Danish/Danish/JJ police/police/NNS arrested/arrest/VBD three/three/CD people/person/NNS on/on/IN Monday/Monday/NNP "
            + "supported/support/VBN by/by/IN soldiers/soldier/NNS ././.")
        .assertLeavesAlone(REPAIR, "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) advcl(3,8) punct(3,11) nummod(5,4) case(7,6) obl:on(3,7) obl:by(8,10) case(10,9)");
  }
}
