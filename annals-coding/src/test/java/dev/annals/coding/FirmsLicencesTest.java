package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A firm's licence suspended is aimed at the country's business, not at its people (ConventionalTargets). */
class FirmsLicencesTest {
  @Test
  void aFirmsLicenceSuspendedIsAimedAtBusiness() {
    // "Egypt's ministry suspended the licence of the company."
    assertThat(code("Egypt/Egypt/NNP/LOCATION 's/'s/POS ministry/ministry/NN suspended/suspend/VBD the/the/DT licence/licence/NN of/of/IN the/the/DT "
            + "company/company/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(9,7) det(9,8) nmod:of(6,9) punct(4,10)").events())
        .extracting(e -> triple(e)).contains("EGYGOV EGYBUS 172");
  }

  @Test
  void aLicenceOfNoFirmIsAimedAtThePeople() {
    // "Egypt's ministry suspended the licences of the drivers."
    assertThat(code("Egypt/Egypt/NNP/LOCATION 's/'s/POS ministry/ministry/NN suspended/suspend/VBD the/the/DT licences/licence/NNS of/of/IN the/the/DT "
            + "drivers/driver/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(9,7) det(9,8) nmod:of(6,9) punct(4,10)").events())
        .extracting(e -> triple(e)).doesNotContain("EGYGOV EGYBUS 172");
  }
}
