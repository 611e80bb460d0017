package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class JoinedVerbHungOnSubjectTest {
  private static final ParseRepair REPAIR = new JoinedVerbHungOnSubject();
  // "Chile's president telephoned Peru's prime minister and invited the Peruvian leader to visit Santiago."
  private static final HandParse INVITED = HandParse.of("Chile/Chile/NNP/LOCATION 's/'s/POS president/president/NN telephoned/telephone/VBD "
      + "Peru/Peru/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN and/and/CC invited/invite/VBD the/the/DT "
      + "Peruvian/Peruvian/JJ leader/leader/NN to/to/TO visit/visit/VB Santiago/Santiago/NNP/LOCATION ././.");
  private static final String SHARED = "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(8,5) case(5,6) amod(8,7) obj(4,8) cc(10,9) "
      + "det(13,11) amod(13,12) obj(10,13) nsubj:xsubj(15,13) mark(15,14) xcomp(10,15) obj(15,16) punct(4,17)";

  @Test
  void aVerbJoinedToTheSubjectIsJoinedToItsVerbAndSharesTheSubject() {
    INVITED.assertRepairs(REPAIR, SHARED + " conj:and(3,10)", SHARED + " conj:and(4,10) nsubj(10,3)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    INVITED.assertLeavesAlone(REPAIR, SHARED + " conj:and(4,10) nsubj(10,3)");
  }
}
