package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class PastVerbJoinedToSayingReadAsComplementTest {
  private static final ParseRepair REPAIR = new PastVerbJoinedToSayingReadAsComplement();
  // "Israel's foreign ministry said the boat had tried to break a lawful blockade and accused Colombia's government of encouraging provocations."
  private static final String ACCUSED_WORDS = (
      "Israel/Israel/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD the/the/DT boat/boat/NN had/have/VBD "
          + "tried/try/VBN to/to/TO break/break/VB a/a/DT lawful/lawful/JJ blockade/blockade/NN and/and/CC accused/accuse/VBN "
          + "Colombia/Colombia/NNP/LOCATION 's/'s/POS government/government/NN of/of/IN encouraging/encourage/VBG provocations/provocation/NNS ././.");
  private static final HandParse ACCUSED = HandParse.of(ACCUSED_WORDS);
  private static final String REST = "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) det(7,6) nsubj(9,7) nsubj:xsubj(11,7) aux(9,8) ccomp(5,9) "
      + "mark(11,10) xcomp(9,11) det(14,12) amod(14,13) obj(11,14) cc(16,15) conj:and(5,16) nmod:poss(19,17) case(17,18) obj(16,19) case(22,20) "
      + "amod(22,21) obl:of(16,22) punct(5,23)";

  @Test
  void aPastVerbJoinedToTheSayingIsTheSayersActNotAComplementOfTheReportedVerb() {
    ACCUSED.assertRepairs(REPAIR, "xcomp(9,16) " + REST, "nsubj(16,4) " + REST);
  }

  @Test
  void aVerbOfItsOwnSubjectOrNotJoinedToTheSayingIsLeftAlone() {
    ACCUSED.assertLeavesAlone(REPAIR, "xcomp(9,16) nsubj(16,7) " + REST);
    ACCUSED.assertLeavesAlone(REPAIR, "xcomp(9,16) " + REST.replace("conj:and(5,16)", "conj:and(11,16)"));
  }

  @Test
  void anInfinitiveComplementIsLeftAlone() {
    // "... had tried to break a lawful blockade and reach Colombia's government ...": what was tried.
    HandParse.of(ACCUSED_WORDS.replace("accused/accuse/VBN", "reach/reach/VB")).assertLeavesAlone(REPAIR, "xcomp(9,16) " + REST);
  }
}
