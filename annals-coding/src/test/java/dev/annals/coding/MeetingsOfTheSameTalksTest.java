package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The meeting talks are held at is those talks; the bloc naming it is no side (MeetingsOfTheSameTalks). */
class MeetingsOfTheSameTalksTest {
  @Test
  void theMeetingTalksAreHeldAtIsNoTalksOfItsOwn() {
    // "Chile discussed the toll with Peru at a Mercosur meeting."
    assertThat(triples(code("Chile/Chile/NNP/LOCATION discussed/discuss/VBD the/the/DT toll/toll/NN with/with/IN Peru/Peru/NNP/LOCATION at/at/IN a/a/DT "
            + "Mercosur/Mercosur/NNP/ORGANIZATION meeting/meeting/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:with(2,6) case(10,7) det(10,8) compound(10,9) obl:at(2,10) punct(2,11)")))
        .anyMatch(t -> t.startsWith("CHL PER 04")).noneMatch(t -> t.startsWith("MERCOSUR"));
  }
}
