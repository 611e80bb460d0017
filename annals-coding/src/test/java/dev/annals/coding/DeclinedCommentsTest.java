package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A matter a side declines to discuss is a comment declined (011), not negated talks (DeclinedComments). */
class DeclinedCommentsTest {
  @Test
  void aRequestOneDeclinedToDiscussIsADeclinedComment() {
    // "Syria asked Russia to hand over Assad. Russia declined to discuss the request."
    var coded = triples(code(new HandBuiltText()
        .sentence("Syria/Syria/NNP/LOCATION asked/ask/VBD Russia/Russia/NNP/LOCATION to/to/TO hand/hand/VB over/over/RP Assad/Assad/NNP/PERSON ././.",
            "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) compound:prt(5,6) obj(5,7) punct(2,8)")
        .sentence("Russia/Russia/NNP/LOCATION declined/decline/VBD to/to/TO discuss/discuss/VB the/the/DT request/request/NN ././.",
            "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) det(6,5) obj(4,6) punct(2,7)")));
    assertThat(coded).noneMatch(t -> t.startsWith("RUS") && t.matches(".* 04\\d*"));
  }
}
