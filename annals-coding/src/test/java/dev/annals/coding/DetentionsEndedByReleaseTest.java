package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Being held for a length of time, told beside the release that ends it, is no arrest of the day (DetentionsEndedByRelease). */
class DetentionsEndedByReleaseTest {
  @Test
  void heldForSixWeeksAndReleasedIsTheReleaseAlone() {
    // "An Irish engineer held in Dubai for six weeks was released on Thursday."
    assertThat(triples(code("An/an/DT Irish/Irish/JJ/MISC engineer/engineer/NN held/hold/VBN in/in/IN Dubai/Dubai/NNP/LOCATION for/for/IN six/six/CD weeks/week/NNS "
            + "was/be/VBD released/release/VBN on/on/IN Thursday/Thursday/NNP/DATE ././.",
        "det(3,1) amod(3,2) nsubj:pass(11,3) acl(3,4) case(6,5) obl:in(4,6) case(9,7) nummod(9,8) obl:for(4,9) aux:pass(11,10) root(0,11) case(13,12) "
            + "obl:on(11,13) punct(11,14)")))
        .anyMatch(t -> t.endsWith(" IRLCVL 084") || t.endsWith(" IRLCVL 0841")).noneMatch(t -> t.endsWith(" 173"));
  }

  @Test
  void heldForSixWeeksWithNoReleaseToldStaysADetention() {
    // "An Irish engineer was held in Dubai for six weeks."
    assertThat(triples(code("An/an/DT Irish/Irish/JJ/MISC engineer/engineer/NN was/be/VBD held/hold/VBN in/in/IN Dubai/Dubai/NNP/LOCATION for/for/IN six/six/CD "
            + "weeks/week/NNS ././.",
        "det(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(7,6) obl:in(5,7) case(10,8) nummod(10,9) obl:for(5,10) punct(5,11)")))
        .anyMatch(t -> t.endsWith(" IRLCVL 173"));
  }
}
