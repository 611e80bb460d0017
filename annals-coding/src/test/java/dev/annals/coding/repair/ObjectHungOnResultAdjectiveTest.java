package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ObjectHungOnResultAdjectiveTest {
  private static final ParseRepair REPAIR = new ObjectHungOnResultAdjective();

  @Test
  void theObjectOfAResultAdjectiveIsTheVerbs() {
    // "Soldiers shot dead a guard ."
    HandParse.of("Soldiers/soldier/NNS shot/shoot/VBD dead/dead/JJ a/a/DT guard/guard/NN ././.")
        .assertRepairs(REPAIR, "nsubj(2,1) root(0,2) xcomp(2,3) det(5,4) obj(3,5) punct(2,6)", "nsubj(2,1) root(0,2) xcomp(2,3) det(5,4) obj(2,5) punct(2,6)");
  }

  @Test
  void aVerbsOwnObjectIsLeftAlone() {
    // "Soldiers left the guard dead ."
    HandParse.of("Soldiers/soldier/NNS left/leave/VBD the/the/DT guard/guard/NN dead/dead/JJ ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) xcomp(2,5) punct(2,6)");
  }
}
