package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToRelativePluperfectTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToRelativePluperfect();
  private static final String WORDS = "Forces/force/NNS boarded/board/VBD a/a/DT tanker/tanker/NN that/that/WDT pirates/pirate/NNS had/have/VBD "
      + "seized/seize/VBN and/and/CC ";

  @Test
  void aSimplePastWithAnObjectOfItsOwnGoesOnWithTheVerbTheClauseHangsOn() {
    // "Forces boarded a tanker that pirates had seized and arrested suspects.": the forces arrest.
    HandParse.of(WORDS + "arrested/arrest/VBD suspects/suspect/NNS ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) dep(8,5) nsubj(8,6) nsubj(10,6) aux(8,7) ccomp(4,8) cc(10,9) ccomp(4,10) conj:and(8,10) obj(10,11) punct(2,12)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) dep(8,5) nsubj(8,6) nsubj(10,1) aux(8,7) ccomp(4,8) cc(10,9) conj:and(2,10) obj(10,11) punct(2,12)");
  }

  @Test
  void aParticipleSharingTheHadIsLeftAlone() {
    // "... a tanker that pirates had seized and looted.": the pirates looted it too.
    HandParse.of(WORDS + "looted/loot/VBN ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) dep(8,5) nsubj(8,6) nsubj(10,6) aux(8,7) ccomp(4,8) cc(10,9) conj:and(8,10) punct(2,11)");
  }

  @Test
  void aPastVerbSharingTheRelativeObjectIsLeftAlone() {
    // "... a tanker that pirates had seized and robbed.", "robbed" tagged as a simple past with no object of its own.
    HandParse.of(WORDS + "robbed/rob/VBD ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) dep(8,5) nsubj(8,6) nsubj(10,6) aux(8,7) ccomp(4,8) cc(10,9) conj:and(8,10) punct(2,11)");
  }
}
