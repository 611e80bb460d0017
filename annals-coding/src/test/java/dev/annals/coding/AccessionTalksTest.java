package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Accession talks are the process of joining a bloc, no meeting, unless a verb holds them (NounEventCoder). */
class AccessionTalksTest {
  @Test
  void accessionTalksNamedAreNoMeeting() {
    assertThat(triples(code("Croatia/Croatia/NNP/LOCATION blocked/block/VBD the/the/DT closing/closing/NN of/of/IN two/two/CD chapters/chapter/NNS "
        + "in/in/IN Montenegro/Montenegro/NNP/LOCATION 's/'s/POS European/European/NNP/ORGANIZATION Union/Union/NNP/ORGANIZATION "
        + "accession/accession/NN talks/talk/NNS on/on/IN Wednesday/Wednesday/NNP ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) nummod(7,6) nmod:of(4,7) case(14,8) nmod:poss(14,9) case(9,10) compound(12,11) "
            + "compound(14,12) compound(14,13) nmod:in(4,14) case(16,15) nmod:on(14,16) punct(2,17)"))).noneMatch(t -> t.endsWith(" 040"));
  }

  @Test
  void accessionTalksHeldAreAMeeting() {
    assertThat(triples(code("Croatia/Croatia/NNP/LOCATION and/and/CC Montenegro/Montenegro/NNP/LOCATION held/hold/VBD accession/accession/NN "
        + "talks/talk/NNS on/on/IN Friday/Friday/NNP ././.", "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) compound(6,5) obj(4,6) case(8,7) "
            + "obl:on(4,8) punct(4,9)"))).contains("HRV MNE 040");
  }
}
