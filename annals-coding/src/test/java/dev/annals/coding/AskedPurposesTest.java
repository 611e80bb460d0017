package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What an act asked for is done for is asked for too, not done: the purpose is in its act's mood. */
class AskedPurposesTest {
  @Test
  void thePurposeOfAnAskedActIsNotDone() {
    // "Lebanon's army commander asked Ireland on Monday to keep a team of Irish soldiers in southern Lebanon after the UN force winds down, to train Lebanese troops in mine clearance."
    var article = code(new HandBuiltText().sentence(
        "Lebanon/Lebanon/NNP/LOCATION 's/'s/POS army/army/NN commander/commander/NN asked/ask/VBD Ireland/Ireland/NNP/LOCATION on/on/IN "
            + "Monday/Monday/NNP to/to/TO keep/keep/VB a/a/DT team/team/NN of/of/IN Irish/Irish/JJ soldiers/soldier/NNS in/in/IN "
            + "southern/southern/JJ Lebanon/Lebanon/NNP/LOCATION after/after/IN the/the/DT UN/UN/NNP/ORGANIZATION force/force/NN winds/wind/VBZ "
            + "down/down/RP ,/,/, to/to/TO train/train/VB Lebanese/Lebanese/JJ troops/troop/NNS in/in/IN mine/mine/NN clearance/clearance/NN "
            + "././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:on(5,8) xcomp(5,10) punct(5,33) nsubj:xsubj(10,6) "
            + "mark(10,9) obj(10,12) advcl:after(10,23) punct(10,25) dep(10,27) case(8,7) det(12,11) nmod:of(12,15) case(15,13) amod(15,14) "
            + "nmod:in(15,18) case(18,16) amod(18,17) mark(23,19) nsubj(23,22) compound:prt(23,24) det(22,20) compound(22,21) mark(27,26) "
            + "obj(27,29) obl:in(27,32) amod(29,28) case(32,30) compound(32,31)"), LocalDate.of(2026, 7, 9));
    assertThat(article.events()).extracting(e -> e.type().code()).containsExactly("020");
  }
}
