package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Police or troops sent into another country to support a force there are protection given, 074 (ForcesSentToSupport). */
class ForcesSentToSupportTest {
  @Test
  void policeSentAbroadToSupportAForceAreProtectionGiven() {
    // "Canada will send 80 police officers to Haiti to support the UN force."
    var article = code(new HandBuiltText().sentence(
        "Canada/Canada/NNP/LOCATION will/will/MD send/send/VB 80/80/CD police/police/NN officers/officer/NNS to/to/IN "
            + "Haiti/Haiti/NNP/LOCATION to/to/TO support/support/VB the/the/DT UN/UN/NNP/ORGANIZATION force/force/NN ././.",
        "root(0,3) nsubj(3,1) aux(3,2) obj(3,6) obl:to(3,8) advcl:to(3,10) punct(3,14) nummod(6,4) compound(6,5) case(8,7) mark(10,9) "
            + "obj(10,13) det(13,11) compound(13,12)"), LocalDate.of(2026, 3, 18));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CAN HTI 074").doesNotContain("CAN HTI 153");
  }

  @Test
  void policeSentWithinOnesOwnCountryStayAShowOfForce() {
    // "India sent riot police to Kashmir to support local officers." (Passes on the code before the
    // rule too: it guards the rule's limit.)
    var article = code(new HandBuiltText().sentence(
        "India/India/NNP/LOCATION sent/send/VBD riot/riot/NN police/police/NNS to/to/IN Kashmir/Kashmir/NNP/LOCATION to/to/TO "
            + "support/support/VB local/local/JJ officers/officer/NNS ././.",
        "root(0,2) nsubj(2,1) obj(2,4) obl:to(2,6) advcl:to(2,8) punct(2,11) compound(4,3) case(6,5) mark(8,7) obj(8,10) amod(10,9)"), LocalDate.of(2026, 3, 18));
    assertThat(article.events()).noneMatch(e -> e.type().code().equals("074"));
  }
}
