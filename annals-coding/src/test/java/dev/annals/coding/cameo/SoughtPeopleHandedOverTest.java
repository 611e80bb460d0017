package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People handed over as wanted by a state are suspects handed to that state: judicial cooperation. */
class SoughtPeopleHandedOverTest {
  @Test
  void menWantedInAStateAreHandedToIt() {
    // "Morocco handed over two men wanted in Belgium."
    assertThat(code("Morocco/Morocco/NNP/LOCATION handed/hand/VBD over/over/RP two/two/CD men/man/NNS wanted/want/VBN in/in/IN Belgium/Belgium/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) nummod(5,4) obj(2,5) acl(5,6) case(8,7) obl:in(6,8) punct(2,9)").events())
        .extracting(e -> triple(e)).containsExactly("MAR BEL 063");
  }

  @Test
  void menSeenInAStateAreNoSuspects() {
    // "Morocco handed over two men seen in Belgium.": no one sought them; a plain handover.
    assertThat(code("Morocco/Morocco/NNP/LOCATION handed/hand/VBD over/over/RP two/two/CD men/man/NNS seen/see/VBN in/in/IN Belgium/Belgium/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) nummod(5,4) obj(2,5) acl(5,6) case(8,7) obl:in(6,8) punct(2,9)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 063"));
  }
}
