package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JoinedNounsReadAsSubjectsOfParticipleTest {
  private static final ParseRepair REPAIR = new JoinedNounsReadAsSubjectsOfParticiple();
  // "They rebuilt roads and schools wrecked by the storm."
  private static final HandParse WRECKED = HandParse.of("They/they/PRP rebuilt/rebuild/VBD roads/road/NNS and/and/CC schools/school/NNS "
      + "wrecked/wreck/VBN by/by/IN the/the/DT storm/storm/NN ././.");

  @Test
  void theJoinedNounsAreNoSubjectsOfTheParticipleThatDescribesThem() {
    WRECKED.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(3,5) nsubj(6,5) acl(3,6) case(9,7) det(9,8) obl:by(6,9) punct(2,10)",
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(3,5) acl(3,6) case(9,7) det(9,8) obl:by(6,9) punct(2,10)");
  }

  @Test
  void aSubjectOfNoDescribedNounIsLeftAlone() {
    // "They rebuilt roads, and villagers repaired schools."
    HandParse.of("They/they/PRP rebuilt/rebuild/VBD roads/road/NNS and/and/CC villagers/villager/NNS repaired/repair/VBN schools/school/NNS ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) cc(6,4) nsubj(6,5) conj:and(2,6) obj(6,7) punct(2,8)");
  }
}
