package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class SaidClauseReadAsObjectWithRelativeTest {
  private static final ParseRepair REPAIR = new SaidClauseReadAsObjectWithRelative();
  // "Mauritius said a treaty the two countries signed required both governments to approve the survey, and it asked Victoria to suspend the deal."
  private static final HandParse TREATY = HandParse.of("Mauritius/Mauritius/NNP/LOCATION said/say/VBD a/a/DT treaty/treaty/NN the/the/DT two/two/CD "
      + "countries/country/NNS signed/sign/VBN required/require/VBN both/both/DT governments/government/NNS to/to/TO approve/approve/VB the/the/DT "
      + "survey/survey/NN ,/,/, and/and/CC it/it/PRP asked/ask/VBD Victoria/Victoria/NNP/LOCATION to/to/TO suspend/suspend/VB the/the/DT deal/deal/NN ././.");

  @Test
  void theSecondParticipleIsTheReportedClauseAndTheFirstTheRelativeOnItsSubject() {
    TREATY.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(7,5) nummod(7,6) dep(4,7) acl(7,8) acl(7,9) det(11,10) obj(9,11) mark(13,12) xcomp(9,13) det(15,14) "
            + "obj(13,15) punct(7,16) cc(19,17) nsubj(19,18) dep(4,19) conj:and(7,19) obj(19,20) mark(22,21) xcomp(19,22) det(24,23) obj(22,24) punct(2,25)",
        "nsubj(2,1) root(0,2) det(4,3) ccomp(2,9) nsubj(9,4) det(7,5) nummod(7,6) nsubj(8,7) acl:relcl(4,8) obj(8,4) det(11,10) obj(9,11) mark(13,12) "
            + "xcomp(9,13) det(15,14) obj(13,15) punct(7,16) cc(19,17) nsubj(19,18) conj:and(2,19) obj(19,20) mark(22,21) xcomp(19,22) det(24,23) obj(22,24) "
            + "punct(2,25)");
  }

  @Test
  void aSayingWithItsClauseIsLeftAlone() {
    TREATY.assertLeavesAlone(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) nsubj(9,4) det(7,5) nummod(7,6) nsubj(8,7) acl:relcl(4,8) ccomp(2,9) det(11,10) obj(9,11) mark(13,12) xcomp(9,13) "
            + "det(15,14) obj(13,15) punct(2,16) cc(19,17) nsubj(19,18) conj:and(2,19) obj(19,20) mark(22,21) xcomp(19,22) det(24,23) obj(22,24) punct(2,25)");
  }
}
