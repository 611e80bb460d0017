package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JoinedVerbReadAsAdjectiveBeforeNumberTest {
  private static final ParseRepair REPAIR = new JoinedVerbReadAsAdjectiveBeforeNumber();
  // "Soldiers crossed the border while chasing fighters and detained two villagers."
  private static final HandParse CROSSED = HandParse.of("Soldiers/soldier/NNS crossed/cross/VBD the/the/DT border/border/NN while/while/IN chasing/chase/VBG "
      + "fighters/fighter/NNS and/and/CC detained/detain/VBN two/two/CD villagers/villager/NNS ././.");
  private static final String REST = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) dep(2,5) amod(7,6) dep(5,7) nummod(11,10) punct(2,12)";

  @Test
  void theParticipleBeforeTheNumberIsAVerbJoinedToTheLastPastTense() {
    CROSSED.assertRepairs(REPAIR, REST + " cc(11,8) amod(11,9) dep(5,11) conj:and(7,11)", REST + " cc(9,8) conj:and(2,9) obj(9,11) nsubj(9,1)");
  }

  @Test
  void anAdjectiveAfterTheNumberIsLeftAlone() {
    // "Soldiers crossed the border while chasing fighters and two detained villagers."
    HandParse.of("Soldiers/soldier/NNS crossed/cross/VBD the/the/DT border/border/NN while/while/IN chasing/chase/VBG "
            + "fighters/fighter/NNS and/and/CC two/two/CD detained/detain/VBN villagers/villager/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) dep(2,5) amod(7,6) dep(5,7) nummod(11,9) punct(2,12) cc(11,8) amod(11,10) dep(5,11) conj:and(7,11)");
  }
}
