package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Help pledged to rebuild things is for the country they stand in, not for the people who use them. */
class RebuildingPledgesTest {
  @Test
  void moneyToRebuildSchoolsAndClinicsInJamaicaIsPledgedToJamaica() {
    // "Canada pledged 60 million Canadian dollars on Tuesday to rebuild schools and clinics in
    // western Jamaica."
    var article = code(new HandBuiltText().sentence(
        "Canada/Canada/NNP/LOCATION pledged/pledge/VBD 60/60/CD million/million/CD Canadian/Canadian/JJ dollars/dollar/NNS on/on/IN "
            + "Tuesday/Tuesday/NNP to/to/TO rebuild/rebuild/VB schools/school/NNS and/and/CC clinics/clinic/NNS in/in/IN western/western/JJ "
            + "Jamaica/Jamaica/NNP/LOCATION ././.",
        "root(0,2) nsubj(2,1) obj(2,6) obl:on(2,8) advcl:to(2,10) punct(2,17) compound(4,3) nummod(6,4) amod(6,5) case(8,7) mark(10,9) "
            + "obj(10,11) obj(10,13) conj:and(11,13) nmod:in(11,16) cc(13,12) case(16,14) amod(16,15)"), LocalDate.of(2025, 12, 11));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("CAN JAM 0331");
  }
}
