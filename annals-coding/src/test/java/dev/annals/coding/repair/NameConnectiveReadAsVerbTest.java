package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class NameConnectiveReadAsVerbTest {
  private static final ParseRepair REPAIR = new NameConnectiveReadAsVerb();
  // "Lima asked Quito to lift the ban on Mato Grosso do Sul and threatened to sue."
  private static final HandParse ASKED = HandParse.of("Lima/Lima/NNP/LOCATION asked/ask/VBD Quito/Quito/NNP/LOCATION to/to/TO lift/lift/VB "
      + "the/the/DT ban/ban/NN on/on/IN Mato/Mato/NNP/LOCATION Grosso/Grosso/NNP/LOCATION do/do/VBP Sul/Sul/NN and/and/CC "
      + "threatened/threaten/VBD to/to/TO sue/sue/VB ././.");
  private static final String SHARED = "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) det(7,6) obj(5,7) cc(14,13) mark(16,15) "
      + "xcomp(14,16) punct(2,17)";

  @Test
  void theConnectiveIsPartOfTheNameAndTheNextVerbJoinsTheVerbThatTakesIt() {
    ASKED.assertRepairs(REPAIR, SHARED + " compound(10,9) case(10,8) nmod:on(7,10) dep(5,11) obj(11,12) conj:and(11,14)",
        SHARED + " compound(12,9) case(12,8) nmod:on(7,12) conj:and(5,14) compound(12,10) compound(12,11)");
  }

  @Test
  void theSentenceParsedRightIsLeftAlone() {
    ASKED.assertLeavesAlone(REPAIR, SHARED + " compound(12,9) compound(12,10) compound(12,11) case(12,8) nmod:on(7,12) conj:and(5,14)");
  }
}
