package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ParticipleOfSayingReadAsAdjectiveTest {
  private static final ParseRepair REPAIR = new ParticipleOfSayingReadAsAdjective();

  @Test
  void aParticipleOfAccusingAfterACommaOpensAClauseOnTheVerb() {
    // "Chile quit the talks , accusing Peruvian mediators of bias ."
    HandParse.of("Chile/Chile/NNP/LOCATION quit/quit/VBD the/the/DT talks/talk/NNS ,/,/, accusing/accuse/VBG Peruvian/Peruvian/JJ/MISC mediators/mediator/NNS "
            + "of/of/IN bias/bias/NN ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) amod(8,6) amod(8,7) obj(2,8) case(10,9) acl:of(8,10) punct(2,11)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) obj(6,8) amod(8,7) advcl(2,6) case(10,9) advcl:of(6,10) punct(2,11)");
  }

  @Test
  void aParticipleOfAnotherVerbStaysAnAdjective() {
    // "Chile met the envoys , visiting Peruvian mediators ." is read as parsed.
    HandParse.of("Chile/Chile/NNP/LOCATION met/meet/VBD the/the/DT envoys/envoy/NNS ,/,/, visiting/visit/VBG Peruvian/Peruvian/JJ/MISC mediators/mediator/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) amod(8,6) amod(8,7) obj(2,8) punct(2,9)");
  }
}
