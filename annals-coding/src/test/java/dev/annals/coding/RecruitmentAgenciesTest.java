package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An agency that places workers abroad is a business (actors/sectors.tsv), a recruitment office the military's. */
class RecruitmentAgenciesTest {
  @Test
  void aRecruitmentAgencyIsABusiness() {
    assertThat(triples(code("Hanoi/Hanoi/NNP/LOCATION suspended/suspend/VBD the/the/DT licence/licence/NN of/of/IN a/a/DT Vietnamese/Vietnamese/JJ "
        + "recruitment/recruitment/NN agency/agency/NN on/on/IN Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(9,5) det(9,6) amod(9,7) compound(9,8) nmod:of(4,9) case(11,10) obl:on(2,11) punct(2,12)")))
        .contains("VNMGOV VNMBUS 172");
  }
}
