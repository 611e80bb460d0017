package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People the law seeks ("wanted", "suspected", "accused") are criminals, as suspects are. */
class SoughtPeopleTest {
  @Test
  void menWantedAreCriminals() {
    // "Belgian police arrested two men wanted for drug trafficking."
    assertThat(code("Belgian/Belgian/JJ/MISC police/police/NNS arrested/arrest/VBD two/two/CD men/man/NNS wanted/want/VBN for/for/IN drug/drug/NN "
            + "trafficking/trafficking/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) acl(5,6) case(9,7) compound(9,8) obl:for(6,9) punct(3,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.matches("BELCOP \\w*CRM 173"));
  }

  @Test
  void menSeenAreNoCriminals() {
    // "Belgian police arrested two men seen at the port."
    assertThat(code("Belgian/Belgian/JJ/MISC police/police/NNS arrested/arrest/VBD two/two/CD men/man/NNS seen/see/VBN at/at/IN the/the/DT "
            + "port/port/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) acl(5,6) case(9,7) det(9,8) obl:at(6,9) punct(3,10)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.contains("CRM"));
  }
}
