package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two sides agreeing to appeal to a third make that appeal together, no cooperation with each other (ActsOnlyAskedFor). */
class JointAppealsTest {
  @Test
  void anAppealTwoSidesAgreeToMakeToAThirdIsThatAppeal() {
    // "Chile and Peru agreed to ask the UN to send observers."
    assertThat(triples(code("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD to/to/TO ask/ask/VB the/the/DT UN/UN/NNP/ORGANIZATION "
            + "to/to/TO send/send/VB observers/observer/NNS ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) nsubj:xsubj(6,1) nsubj:xsubj(6,3) det(8,7) obj(6,8) mark(10,9) "
            + "xcomp(6,10) obj(10,11) punct(4,12)")))
        .anyMatch(t -> t.startsWith("CHL UN 02")).noneMatch(t -> t.startsWith("CHL PER 03"));
  }
}
