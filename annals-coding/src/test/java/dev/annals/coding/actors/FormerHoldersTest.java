package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** A former office-holder told again by the office (NounAnaphora). */
class FormerHoldersTest {
  @Test
  void theFormerGovernorIsTheOneNamedBeforeNotTheGovernment() {
    // "Lisbon opened an inquiry into a former Angolan governor. The former governor denied any wrongdoing."
    var article = code(new HandBuiltText()
        .sentence("Lisbon/Lisbon/NNP/LOCATION opened/open/VBD an/an/DT inquiry/inquiry/NN into/into/IN a/a/DT former/former/JJ Angolan/Angolan/JJ "
                + "governor/governor/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(9,5) det(9,6) amod(9,7) amod(9,8) nmod:into(4,9) punct(2,10)")
        .sentence("The/the/DT former/former/JJ governor/governor/NN denied/deny/VBD any/any/DT wrongdoing/wrongdoing/NN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("AGOELI") && t.endsWith(" 016"))
        .noneMatch(t -> t.startsWith("PRTGOV") && t.endsWith(" 016"));
  }
}
