package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A defence told beside a talk is made to whom the talk was with. */
class DefenceInATalkTest {
  @Test
  void aReformDefendedInACallIsDefendedToTheOneCalled() {
    // "Portugal's foreign minister telephoned Timor-Leste's foreign minister on Tuesday and defended the reform."
    var article = code(new HandBuiltText().sentence(
        "Portugal/Portugal/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN telephoned/telephone/VBD Timor/Timor/NNP/LOCATION "
            + "-/-/HYPH Leste/Leste/NNP/PERSON 's/'s/POS foreign/foreign/JJ minister/minister/NN on/on/IN Tuesday/Tuesday/NNP and/and/CC "
            + "defended/defend/VBD the/the/DT reform/reform/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,11) obl:on(5,13) conj:and(5,15) punct(5,18) nsubj(15,4) cc(15,14) "
            + "obj(15,17) compound(8,6) punct(8,7) case(8,9) nmod:poss(11,8) amod(11,10) case(13,12) det(17,16)"), LocalDate.of(2026, 10, 14));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactlyInAnyOrder("PRTGOV TLSGOV 041", "PRTGOV TLSGOV 010");
  }
}
