package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToGerundOfObjectTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToGerundOfObject();
  // "The chairman accused gangs of using Ghana and called on Brazil to act."
  private static final HandParse ACCUSED = HandParse.of("The/the/DT chairman/chairman/NN accused/accuse/VBD gangs/gang/NNS of/of/IN using/use/VBG "
      + "Ghana/Ghana/NNP and/and/CC called/call/VBN on/on/IN Brazil/Brazil/NNP to/to/TO act/act/VB ././.");
  private static final String ACCUSED_REPAIRED = "det(2,1) nsubj(3,2) root(0,3) obj(3,4) acl(4,5) dep(5,6) obj(6,7) cc(9,8) conj:and(3,9) case(11,10) "
      + "obl:on(9,11) mark(13,12) xcomp(9,13) punct(3,14)";

  @Test
  void thePastVerbAfterTheGerundIsTheRootsSecondVerb() {
    ACCUSED.assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) obj(3,4) acl(4,5) dep(5,6) obj(6,7) cc(9,8) dep(5,9) conj:and(6,9) case(11,10) "
        + "obl:on(9,11) mark(13,12) xcomp(9,13) punct(3,14)", ACCUSED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ACCUSED.assertLeavesAlone(REPAIR, ACCUSED_REPAIRED);
  }

  @Test
  void aGerundJoinedToAGerundStays() {
    // "The chairman accused gangs of using Ghana and bribing officials."
    HandParse.of("The/the/DT chairman/chairman/NN accused/accuse/VBD gangs/gang/NNS of/of/IN using/use/VBG Ghana/Ghana/NNP and/and/CC "
        + "bribing/bribe/VBG officials/official/NNS ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) acl:of(4,6) obj(6,7) cc(9,8) conj:and(6,9) obj(9,10) punct(3,11)");
  }
}
