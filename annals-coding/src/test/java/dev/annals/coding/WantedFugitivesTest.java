package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A fugitive arrested abroad is a criminal of his own country, arrested on the day and at the place the sentence gives the arrest. */
class WantedFugitivesTest {
  @Test
  void aFugitiveWantedForACrimeIsArrestedOnTheDayAndAtThePlaceAfterTheCrime() {
    // "Spanish police arrested a Dutch fugitive wanted for running a drug network at a flat in
    // Malaga on Monday, the interior ministry said."
    var article = code(new HandBuiltText().sentence(
        "Spanish/Spanish/JJ police/police/NN arrested/arrest/VBD a/a/DT Dutch/dutch/JJ fugitive/fugitive/JJ wanted/want/VBD for/for/IN running/run/VBG "
            + "a/a/DT drug/drug/NN network/network/NN at/at/IN a/a/DT flat/flat/JJ in/in/IN Malaga/Malaga/NNP/LOCATION on/on/IN Monday/Monday/NNP ,/,/, "
            + "the/the/DT interior/interior/JJ/ORGANIZATION ministry/ministry/NN/ORGANIZATION said/say/VBD ././.",
        "root(0,24) amod(2,1) nsubj(3,2) obj(3,6) dep(3,7) ccomp(24,3) punct(24,20) nsubj(24,23) punct(24,25) det(6,4) amod(6,5) advcl:for(7,9) mark(9,8) "
            + "obj(9,12) obl:at(9,15) obl:on(9,19) det(12,10) compound(12,11) case(15,13) det(15,14) nmod:in(15,17) case(17,16) case(19,18) det(23,21) "
            + "amod(23,22)"), LocalDate.of(2026, 3, 7));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("173")).singleElement().satisfies(e -> {
      assertThat(HandCoding.triple(e)).isEqualTo("ESPCOP NLDCRM 173");
      assertThat(e.date().value()).isEqualTo("2026-03-02");
      assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.country()).contains("ESP"));
    });
  }
}
