package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class AspectualGerundReadAsAdjectiveTest {
  private static final ParseRepair REPAIR = new AspectualGerundReadAsAdjective();
  // "Azerbaijan began exporting fuel to Armenia."
  private static final HandParse EXPORT = HandParse.of(
      "Azerbaijan/Azerbaijan/NNP/LOCATION began/begin/VBD exporting/export/VBG fuel/fuel/NN to/to/IN Armenia/Armenia/NNP/LOCATION ././.");
  private static final String EXPORT_REPAIRED = "nsubj(2,1) root(0,2) case(6,5) obl:to(3,6) punct(2,7) xcomp(2,3) obj(3,4) nsubj:xsubj(3,1)";

  @Test
  void theGerundTakesTheObjectThePhrasesAndTheSubjectOfTheAspectualVerb() {
    // "exporting" an adjective of "fuel", "fuel" the object of "began".
    EXPORT.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(2,7)", EXPORT_REPAIRED);
  }

  @Test
  void theGerundParsedRightIsLeftAlone() {
    EXPORT.assertLeavesAlone(REPAIR, EXPORT_REPAIRED);
  }

  @Test
  void aGerundAfterAVerbThatIsNotAspectualStaysAnAdjective() {
    // "Azerbaijan sold exporting rights to Armenia."
    HandParse.of("Azerbaijan/Azerbaijan/NNP/LOCATION sold/sell/VBD exporting/export/VBG rights/right/NNS to/to/IN Armenia/Armenia/NNP/LOCATION ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(2,7)");
  }

  @Test
  void aGerundPastTheParticleOfRuledOutIsItsComplement() {
    // "Hungary ruled out sending troops."
    HandParse.of("Hungary/Hungary/NNP/LOCATION ruled/rule/VBD out/out/RP sending/send/VBG troops/troop/NNS ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) compound:prt(2,3) amod(5,4) obj(2,5) punct(2,6)",
            "nsubj(2,1) root(0,2) compound:prt(2,3) punct(2,6) xcomp(2,4) obj(4,5) nsubj:xsubj(4,1)");
  }
}
