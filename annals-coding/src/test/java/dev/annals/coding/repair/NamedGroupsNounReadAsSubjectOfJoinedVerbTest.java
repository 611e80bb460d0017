package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class NamedGroupsNounReadAsSubjectOfJoinedVerbTest {
  private static final ParseRepair REPAIR = new NamedGroupsNounReadAsSubjectOfJoinedVerb();
  // "The militant group Hamas claimed the attack and demanded a ransom."
  private static final HandParse CLAIMED = HandParse.of("The/the/DT militant/militant/JJ group/group/NN Hamas/Hamas/NNP/ORGANIZATION claimed/claim/VBD "
      + "the/the/DT attack/attack/NN and/and/CC demanded/demand/VBD a/a/DT ransom/ransom/NN ././.");
  private static final String SHARED = "det(3,1) amod(3,2) nsubj(5,4) root(0,5) det(7,6) obj(5,7) cc(9,8) conj:and(5,9) det(11,10) obj(9,11) punct(5,12)";

  @Test
  void theNounJoinsTheNamesPhrase() {
    CLAIMED.assertRepairs(REPAIR, SHARED + " nsubj(9,3)", SHARED + " compound(4,3)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CLAIMED.assertLeavesAlone(REPAIR, SHARED + " compound(4,3)");
  }

  @Test
  void aNounNotRightBeforeTheNameIsLeftAlone() {
    // "Officials and Hamas claimed the attack and demanded a ransom": a noun the name does not
    // follow at once is no word for what the name names.
    HandParse.of("Officials/official/NNS and/and/CC Hamas/Hamas/NNP/ORGANIZATION claimed/claim/VBD the/the/DT attack/attack/NN and/and/CC "
            + "demanded/demand/VBD a/a/DT ransom/ransom/NN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(8,1) cc(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) cc(8,7) conj:and(4,8) det(10,9) obj(8,10) punct(4,11)");
  }
}
