package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class ReportedClauseReadAsAdverbialOfClosingSayingTest {
  private static final ParseRepair REPAIR = new ReportedClauseReadAsAdverbialOfClosingSaying();
  // "Both were arrested on Thursday, police said."
  private static final HandParse ARRESTED = HandParse.of(
      "Both/both/DT were/be/VBD arrested/arrest/VBN on/on/IN Thursday/Thursday/NNP ,/,/, police/police/NN said/say/VBD ././.");
  private static final String ARRESTED_REPAIRED = "root(0,3) nsubj:pass(3,1) aux:pass(3,2) obl:on(3,5) parataxis(3,8) punct(3,6) nsubj(8,7) punct(3,9) case(5,4)";

  @Test
  void theClauseBeforeTheClosingSayingIsWhatItReports() {
    ARRESTED.assertRepairs(REPAIR, "root(0,8) nsubj:pass(3,1) aux:pass(3,2) obl:on(3,5) advcl(8,3) punct(8,6) nsubj(8,7) punct(8,9) case(5,4)",
        ARRESTED_REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ARRESTED.assertLeavesAlone(REPAIR, ARRESTED_REPAIRED);
  }

  @Test
  void aClauseMarkedAdverbialStays() {
    // "When they were arrested, police said nothing."
    HandParse.of("When/when/WRB they/they/PRP were/be/VBD arrested/arrest/VBN ,/,/, police/police/NN said/say/VBD nothing/nothing/NN ././.")
        .assertLeavesAlone(REPAIR, "advmod(4,1) nsubj:pass(4,2) aux:pass(4,3) advcl(7,4) punct(7,5) nsubj(7,6) root(0,7) obj(7,8) punct(7,9)");
  }

  @Test
  void aClauseWithoutItsOwnSubjectStays() {
    // "Arrested on Thursday, the men said they were innocent." is no report of the arrest.
    HandParse.of("Arrested/arrest/VBN on/on/IN Thursday/Thursday/NNP ,/,/, the/the/DT men/man/NNS said/say/VBD ././.")
        .assertLeavesAlone(REPAIR, "advcl(7,1) case(3,2) obl:on(1,3) punct(7,4) det(6,5) nsubj(7,6) root(0,7) punct(7,8)");
  }
}
