package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JoinedVerbHungOnFreeRelativeTest {
  private static final ParseRepair REPAIR = new JoinedVerbHungOnFreeRelative();
  // "Saied condemned what he called a crime and telephoned Tebboune."
  private static final HandParse CALL = HandParse.of(
      "Saied/Saied/NNP/PERSON condemned/condemn/VBD what/what/WP he/he/PRP called/call/VBD a/a/DT crime/crime/NN and/and/CC "
          + "telephoned/telephone/VBD Tebboune/Tebboune/NNP/PERSON ././.");

  @Test
  void theVerbAfterAndIsJoinedToTheMainVerbAndHasItsSubject() {
    CALL.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) obj(5,3) nsubj(5,4) nsubj(9,4) ccomp(2,5) det(7,6) obj(5,7) cc(9,8) ccomp(2,9) conj:and(5,9) obj(9,10) punct(2,11)",
        "nsubj(2,1) root(0,2) obj(5,3) nsubj(5,4) nsubj(9,1) ccomp(2,5) det(7,6) obj(5,7) cc(9,8) obj(9,10) punct(2,11) conj:and(2,9)");
  }

  @Test
  void aVerbJoinedToTheMainVerbAlreadyIsLeftAlone() {
    CALL.assertLeavesAlone(REPAIR,
        "nsubj(2,1) root(0,2) obj(5,3) nsubj(5,4) ccomp(2,5) det(7,6) obj(5,7) cc(9,8) conj:and(2,9) nsubj(9,1) obj(9,10) punct(2,11)");
  }
}
