package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ClauseJoinedToObjectTest {
  private static final ParseRepair REPAIR = new ClauseJoinedToObject();

  @Test
  void aPastVerbWithItsOwnSubjectJoinedToTheObjectIsJoinedToTheVerb() {
    // "Rahmanov met Muttaqi on Monday, and the two signed an agreement."
    HandParse.of("Rahmanov/Rahmanov/NNP/PERSON met/meet/VBD Muttaqi/Muttaqi/NNP/PERSON on/on/IN Monday/Monday/NNP ,/,/, and/and/CC the/the/DT two/two/CD "
        + "signed/sign/VBD an/a/DT agreement/agreement/NN ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(10,6) cc(10,7) det(9,8) nsubj(10,9) obj(2,10) conj:and(3,10) det(12,11) obj(10,12) "
                + "punct(2,13)",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(10,6) cc(10,7) det(9,8) nsubj(10,9) conj:and(2,10) det(12,11) obj(10,12) punct(2,13)");
  }

  @Test
  void aNounJoinedToTheObjectIsLeftAlone() {
    // "Rahmanov met Muttaqi and the two envoys.": no verb joined.
    HandParse.of("Rahmanov/Rahmanov/NNP/PERSON met/meet/VBD Muttaqi/Muttaqi/NNP/PERSON and/and/CC the/the/DT two/two/CD envoys/envoy/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) cc(7,4) det(7,5) nummod(7,6) conj:and(3,7) obj(2,7) punct(2,8)");
  }
}
