package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JoinedVerbHungInsideQuotationTest {
  private static final ParseRepair REPAIR = new JoinedVerbHungInsideQuotation();
  // 'Ramaphosa condemned the attacks as "a betrayal our neighbours showed" and telephoned Mnangagwa.'
  private static final HandParse CONDEMNED = HandParse.of("Ramaphosa/Ramaphosa/NNP/PERSON condemned/condemn/VBD the/the/DT attacks/attack/NNS as/as/IN \"/\"/`` "
      + "a/a/DT betrayal/betrayal/NN our/our/PRP$ neighbours/neighbour/NNS showed/show/VBD \"/\"/'' and/and/CC telephoned/telephone/VBD "
      + "Mnangagwa/Mnangagwa/NNP/PERSON ././.");
  private static final String REPAIRED = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) punct(8,6) det(8,7) obl:as(2,8) nmod:poss(10,9) nsubj(11,10) "
      + "acl:relcl(8,11) punct(8,12) cc(14,13) obj(14,15) punct(2,16) conj:and(2,14) nsubj(14,1)";

  @Test
  void aVerbAfterTheQuotationJoinedToOneInsideIsJoinedToTheVerbOutside() {
    CONDEMNED.assertRepairs(REPAIR, "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) punct(8,6) det(8,7) obl:as(2,8) nmod:poss(10,9) nsubj(11,10) "
        + "acl:relcl(8,11) punct(8,12) cc(14,13) conj:and(11,14) nsubj(14,10) obj(14,15) punct(2,16)", REPAIRED);
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    CONDEMNED.assertLeavesAlone(REPAIR, REPAIRED);
  }

  @Test
  void aClauseWithASubjectOfItsOwnAfterTheQuotationIsLeftAlone() {
    // 'Roberts said the videos were "inconclusive" and that the footage did not show it.'
    HandParse.of("Roberts/Roberts/NNP/PERSON said/say/VBD the/the/DT videos/video/NNS were/be/VBD \"/\"/`` inconclusive/inconclusive/JJ \"/\"/'' and/and/CC "
            + "that/that/IN the/the/DT footage/footage/NN did/do/VBD not/not/RB show/show/VB it/it/PRP ././.")
        .assertLeavesAlone(REPAIR, "nsubj(2,1) root(0,2) det(4,3) nsubj(7,4) cop(7,5) punct(7,6) ccomp(2,7) punct(7,8) cc(15,9) mark(15,10) det(12,11) "
            + "nsubj(15,12) aux(15,13) advmod(15,14) conj:and(7,15) obj(15,16) punct(2,17)");
  }
}
