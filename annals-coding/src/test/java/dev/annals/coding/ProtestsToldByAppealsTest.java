package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A protest that names no one, told by a participle of appeal, is made to whom the appeal is (SharedAddressees). */
class ProtestsToldByAppealsTest {
  // "China's foreign ministry protested on Friday, urging Tuvalu to end its contacts."
  private static final String PROTESTED = "China/China/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN protested/protest/VBD on/on/IN "
      + "Friday/Friday/NNP ,/,/, urging/urge/VBG Tuvalu/Tuvalu/NNP/LOCATION to/to/TO end/end/VB its/its/PRP$ contacts/contact/NNS ././.";

  @Test
  void aStatesProtestToldByAnAppealIsAnOfficialComplaintToWhomItAppeals() {
    assertThat(triples(code(PROTESTED, "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) case(7,6) obl:on(5,7) punct(5,8) "
        + "advcl(5,9) obj(9,10) mark(12,11) xcomp(9,12) nmod:poss(14,13) obj(12,14) punct(5,15)"))).contains("CHNGOV TUV 114");
  }

  @Test
  void anAppealInAClauseOfItsOwnLeavesTheProtestUnaimed() {
    assertThat(triples(code(PROTESTED, "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) case(7,6) obl:on(5,7) punct(5,8) "
        + "parataxis(5,9) obj(9,10) mark(12,11) xcomp(9,12) nmod:poss(14,13) obj(12,14) punct(5,15)"))).noneMatch(t -> t.endsWith(" 114"));
  }
}
