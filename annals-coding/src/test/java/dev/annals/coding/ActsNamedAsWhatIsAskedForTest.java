package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An act named by a noun that an appeal asks "for" is only asked for, no act of the asker's. */
class ActsNamedAsWhatIsAskedForTest {
  @Test
  void anInspectionAskedForIsNoInspection() {
    // "Nepal asked South Korea for compensation and an inspection of the factories."
    assertThat(code("Nepal/Nepal/NNP/LOCATION asked/ask/VBD Korea/Korea/NNP/LOCATION for/for/IN compensation/compensation/NN and/and/CC an/a/DT "
            + "inspection/inspection/NN of/of/IN the/the/DT factories/factory/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:for(2,5) cc(8,6) det(8,7) conj:and(5,8) obl:for(2,8) case(11,9) det(11,10) nmod:of(8,11) punct(2,12)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("NPL KOR 023")).noneMatch(t -> t.startsWith("NPL") && t.endsWith(" 090"));
  }
}
