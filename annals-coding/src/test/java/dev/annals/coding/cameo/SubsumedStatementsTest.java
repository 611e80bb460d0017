package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A participle of saying beside the same side's act adds no statement (SubsumedStatements). */
class SubsumedStatementsTest {
  @Test
  void insistingBesideARejectionIsNoStatement() {
    // "Chile rejected Peru's note, insisting the waters were Chilean."
    assertThat(code("Chile/Chile/NNP/LOCATION rejected/reject/VBD Peru/Peru/NNP/LOCATION 's/'s/POS note/note/NN ,/,/, insisting/insist/VBG the/the/DT waters/water/NNS "
        + "were/be/VBD Chilean/Chilean/JJ/MISC ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6) advcl(2,7) det(9,8) nsubj(11,9) cop(11,10) ccomp(7,11) punct(2,12)").events())
        .extracting(e -> e.type().rootCode()).contains("12").doesNotContain("01");
  }
}
