package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Hosting a dinner that names no guest hosts whoever of another side the story last told visiting. */
class HostedVisitorsTest {
  @Test
  void aDinnerForTheVisitorHostsTheLastVisitor() {
    // "Tonga's prime minister arrived in Apia on Monday for a three-day visit. Samoa's prime
    // minister hosted a dinner for the visitor on Tuesday."
    var article = code(new HandBuiltText().sentence(
        "Tonga/Tonga/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN arrived/arrive/VBD in/in/IN Apia/Apia/NNP/LOCATION on/on/IN "
            + "Monday/Monday/NNP for/for/IN a/a/DT three/three/CD -/-/HYPH day/day/NN visit/visit/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:in(5,7) obl:on(5,9) obl:for(5,15) punct(5,16) case(7,6) case(9,8) "
            + "case(15,10) det(15,11) compound(15,14) nummod(14,12) punct(14,13)").sentence(
        "Samoa/Samoa/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN hosted/host/VBD a/a/DT dinner/dinner/NN for/for/IN "
            + "the/the/DT visitor/visitor/NN on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) obl:on(5,12) punct(5,13) det(7,6) nmod:for(7,10) case(10,8) "
            + "det(10,9) case(12,11)"), LocalDate.of(2026, 4, 15));
    assertThat(article.events()).extracting(e -> triple(e)).contains("WSMGOV TONGOV 043");
  }
}
