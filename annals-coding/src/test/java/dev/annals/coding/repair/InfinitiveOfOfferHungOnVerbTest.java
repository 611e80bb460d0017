package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class InfinitiveOfOfferHungOnVerbTest {
  private static final ParseRepair REPAIR = new InfinitiveOfOfferHungOnVerb();
  // "Lima rejected an offer by Quito to send troops."
  private static final HandParse REJECTED = HandParse.of("Lima/Lima/NNP/LOCATION rejected/reject/VBD an/a/DT offer/offer/NN by/by/IN Quito/Quito/NNP/LOCATION "
      + "to/to/TO send/send/VB troops/troop/NNS ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:by(4,6) mark(8,7) obj(8,9) punct(2,10)";

  @Test
  void theInfinitiveTheOfferWasMadeTheDoerOfHangsOnTheOffer() {
    REJECTED.assertRepairs(REPAIR, SHARED + " xcomp(2,8) nsubj:xsubj(8,4)", SHARED + " acl(4,8)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    REJECTED.assertLeavesAlone(REPAIR, SHARED + " acl(4,8)");
  }

  @Test
  void anObjectThatCanActKeepsItsInfinitive() {
    // "Lima urged the army to send troops."
    HandParse.of("Lima/Lima/NNP/LOCATION urged/urge/VBD the/the/DT army/army/NN to/to/TO send/send/VB troops/troop/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) xcomp(2,6) nsubj:xsubj(6,4) obj(6,7) punct(2,8)");
  }

  @Test
  void anOfferWithNoMakerNamedIsLeftAlone() {
    // "Lima rejected an invitation to attend talks."
    HandParse.of("Lima/Lima/NNP/LOCATION rejected/reject/VBD an/a/DT invitation/invitation/NN to/to/TO attend/attend/VB talks/talk/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) xcomp(2,6) nsubj:xsubj(6,4) obj(6,7) punct(2,8)");
  }

  @Test
  void anOfferOwnedByAPronounIsLeftAlone() {
    // "Two bidders extended their offers to acquire the firm."
    HandParse.of("Two/two/CD bidders/bidder/NNS extended/extend/VBD their/their/PRP$ offers/offer/NNS to/to/TO acquire/acquire/VB the/the/DT firm/firm/NN ././.")
        .assertLeavesAlone(REPAIR, "nummod(2,1) nsubj(3,2) root(0,3) nmod:poss(5,4) obj(3,5) mark(7,6) xcomp(3,7) nsubj:xsubj(7,5) det(9,8) obj(7,9) punct(3,10)");
  }
}
