package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class AttributionHungOnRelativeClauseTest {
  private static final ParseRepair REPAIR = new AttributionHungOnRelativeClause();
  // "Chile granted asylum to an activist who fled, the ministry confirmed, rejecting a request."
  private static final HandParse GRANTED = HandParse.of(
      "Chile/Chile/NNP/LOCATION granted/grant/VBD asylum/asylum/NN to/to/IN an/a/DT activist/activist/NN who/who/WP fled/flee/VBD ,/,/, the/the/DT "
          + "ministry/ministry/NN confirmed/confirm/VBD ,/,/, rejecting/reject/VBG a/a/DT request/request/NN ././.");
  private static final String GRANTED_REPAIRED = "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:to(2,6) nsubj(8,6) acl:relcl(6,8) punct(8,9) det(11,10) "
      + "nsubj(12,11) parataxis(2,12) punct(8,13) advcl(12,14) det(16,15) obj(14,16) punct(2,17)";

  @Test
  void aClosingAttributionHangsFromTheRootAndThePartcipleAfterItIsTheSpeakers() {
    GRANTED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:to(2,6) nsubj(8,6) acl:relcl(6,8) punct(8,9) det(11,10) "
        + "nsubj(12,11) ccomp(8,12) punct(8,13) dep(8,14) det(16,15) obj(14,16) punct(2,17)", GRANTED_REPAIRED);
  }

  @Test
  void whatARelativeClauseReportsWithoutACommaIsLeftAlone() {
    // "Chile granted asylum to an activist who said the ministry confirmed it." keeps its complement.
    HandParse.of("Chile/Chile/NNP/LOCATION granted/grant/VBD asylum/asylum/NN to/to/IN an/a/DT activist/activist/NN who/who/WP said/say/VBD the/the/DT "
            + "ministry/ministry/NN confirmed/confirm/VBD it/it/PRP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:to(2,6) nsubj(8,6) acl:relcl(6,8) det(10,9) nsubj(11,10) ccomp(8,11) "
            + "obj(11,12) punct(2,13)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    GRANTED.assertLeavesAlone(REPAIR, GRANTED_REPAIRED);
  }
}
