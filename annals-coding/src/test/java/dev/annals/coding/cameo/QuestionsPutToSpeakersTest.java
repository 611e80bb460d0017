package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a reporters' question names ("Asked whether X would ...") is asked about, not done (VerbEventCoder). */
class QuestionsPutToSpeakersTest {
  @Test
  void theActAskedAboutIsNoEvent() {
    // "Asked whether Chile would follow Peru in condemning Bolivia's plan, the minister declined to comment."
    assertThat(code("Asked/ask/VBN whether/whether/IN Chile/Chile/NNP/LOCATION would/would/MD follow/follow/VB Peru/Peru/NNP/LOCATION in/in/IN "
            + "condemning/condemn/VBG Bolivia/Bolivia/NNP/LOCATION 's/'s/POS plan/plan/NN ,/,/, the/the/DT minister/minister/NN declined/decline/VBD "
            + "to/to/TO comment/comment/VB ././.",
        "advcl(15,1) mark(5,2) nsubj(5,3) aux(5,4) ccomp(1,5) obj(5,6) mark(8,7) advcl:in(5,8) nmod:poss(11,9) case(9,10) obj(8,11) punct(15,12) "
            + "det(14,13) nsubj(15,14) root(0,15) mark(17,16) xcomp(15,17) punct(15,18)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHL BOL"));
  }
}
