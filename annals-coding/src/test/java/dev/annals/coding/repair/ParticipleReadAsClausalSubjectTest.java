package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ParticipleReadAsClausalSubjectTest {
  private static final ParseRepair REPAIR = new ParticipleReadAsClausalSubject();
  // "Police backed by troops raided the area and arrested suspects."
  private static final HandParse RAID = HandParse.of(
      "Police/police/NNS backed/back/VBN by/by/IN troops/troops/NNS raided/raid/VBD the/the/DT area/area/NN and/and/CC arrested/arrest/VBD suspects/suspect/NNS ././.");
  private static final String RAID_REPAIRED = "acl(1,2) nsubj(5,1) nsubj(9,1) case(4,3) obl:by(2,4) root(0,5) det(7,6) obj(5,7) cc(9,8) conj:and(5,9) obj(9,10) punct(5,11)";

  @Test
  void theParticiplesSubjectIsTheSubjectOfEveryVerbItWasTheClausalSubjectOf() {
    RAID.assertRepairs(REPAIR,
        "nsubj(2,1) csubj(5,2) csubj(9,2) case(4,3) obl:by(2,4) root(0,5) det(7,6) obj(5,7) cc(9,8) conj:and(5,9) obj(9,10) punct(5,11)",
        RAID_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    RAID.assertLeavesAlone(REPAIR, RAID_REPAIRED);
  }

  @Test
  void aGerundClauseStaysTheSubject() {
    // "Banning the party angered voters.": a real clausal subject.
    HandParse.of("Banning/ban/VBG the/the/DT party/party/NN angered/anger/VBD voters/voter/NNS ././.")
        .assertLeavesAlone(REPAIR, "csubj(4,1) det(3,2) obj(1,3) root(0,4) obj(4,5) punct(4,6)");
  }

  @Test
  void aClauseWithAFiniteVerbBetweenIsLeftToItsOwnMisparse() {
    // "A report released last year found money coming": "found" between the participle and the verb.
    HandParse.of("A/a/DT report/report/NN released/release/VBN earlier/earlier/RB found/find/VBD money/money/NN coming/come/VBG ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(3,2) advmod(3,4) dep(3,5) csubj(7,3) nsubj(7,6) root(0,7) punct(7,8)");
  }

  @Test
  void aVerbTaggedFiniteButHungOnANounIsNoClauseBetween() {
    // "Sailors stranded on a ship anchored off Varna began a strike.": "anchored" is tagged VBD but
    // parsed as the ship's participle, so the strike is the sailors'.
    HandParse.of("Sailors/sailor/NNS stranded/strand/VBN on/on/IN a/a/DT ship/ship/NN anchored/anchor/VBD off/off/RP Varna/Varna/NNP"
        + " began/begin/VBD a/a/DT strike/strike/NN ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) case(5,3) det(5,4) obl:on(2,5) acl(5,6) compound:prt(6,7) obj(6,8) csubj(9,2) root(0,9) det(11,10) obj(9,11) punct(9,12)",
            "acl(1,2) case(5,3) det(5,4) obl:on(2,5) acl(5,6) compound:prt(6,7) obj(6,8) nsubj(9,1) root(0,9) det(11,10) obj(9,11) punct(9,12)");
  }
}
