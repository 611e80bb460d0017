package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SubjectOfAfterClauseHungOnPeriodTest {
  private static final ParseRepair REPAIR = new SubjectOfAfterClauseHungOnPeriod();
  // "Chile deported the workers, a week after police in Arica rounded them up."
  private static final HandParse ROUNDED = HandParse.of("Chile/Chile/NNP/LOCATION deported/deport/VBD the/the/DT workers/worker/NNS ,/,/, a/a/DT week/week/NN "
      + "after/after/IN police/police/NN in/in/IN Arica/Arica/NNP/LOCATION rounded/round/VBD them/they/PRP up/up/RP ././.");

  @Test
  void theNounAfterTheSpanIsTheSubjectOfTheAfterClause() {
    ROUNDED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) det(7,6) nsubj(12,7) case(9,8) nmod:after(7,9) case(11,10) "
        + "nmod:in(9,11) ccomp(2,12) obj(12,13) compound:prt(12,14) punct(2,15)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) det(7,6) dep(12,7) mark(12,8) nsubj(12,9) case(11,10) "
        + "nmod:in(9,11) advcl:after(2,12) obj(12,13) compound:prt(12,14) punct(2,15)");
  }

  @Test
  void aSubjectThatIsNoSpanIsLeftAsParsed() {
    // "Chile deported the workers, a group after police in Arica rounded them up" keeps its parse.
    HandParse.of("Chile/Chile/NNP/LOCATION deported/deport/VBD the/the/DT workers/worker/NNS ,/,/, a/a/DT group/group/NN "
        + "after/after/IN police/police/NN in/in/IN Arica/Arica/NNP/LOCATION rounded/round/VBD them/they/PRP up/up/RP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) det(7,6) nsubj(12,7) case(9,8) nmod:after(7,9) case(11,10) "
            + "nmod:in(9,11) ccomp(2,12) obj(12,13) compound:prt(12,14) punct(2,15)");
  }
}
