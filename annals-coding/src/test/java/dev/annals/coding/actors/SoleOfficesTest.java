package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A title one state alone has names its holder with no country told (actors/sole-offices.tsv). */
class SoleOfficesTest {
  /** "The TITLE met Ukraine's foreign minister on Sunday.", coded as of 22 September 2026. */
  private static List<String> meetingOf(String title) {
    return triples(code(new HandBuiltText().sentence("The/the/DT " + title + "/" + title + "/NN met/meet/VBD Ukraine/Ukraine/NNP/LOCATION 's/'s/POS "
            + "foreign/foreign/JJ minister/minister/NN on/on/IN Sunday/Sunday/NNP ././.",
        "det(2,1) nsubj(3,2) root(0,3) nmod:poss(7,4) case(4,5) amod(7,6) obj(3,7) case(9,8) obl:on(3,9) punct(3,10)"), LocalDate.of(2026, 9, 22)));
  }

  @Test
  void theBarePopeIsTheHolySeesChurchHead() {
    assertThat(meetingOf("pope")).anyMatch(t -> t.startsWith("VATREL UKRGOV 04"));
  }

  @Test
  void aTitleManyStatesShareIsNotPlacedSo() {
    // "The president" names no Holy See.
    assertThat(meetingOf("president")).noneMatch(t -> t.startsWith("VAT"));
  }
}
