package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The staff of a country's embassy act for, and suffer for, that country's government. */
class EmbassyStaffTest {
  @Test
  void expellingACounsellorAtAnEmbassyExpelsItsCountrysOfficial() {
    // "Chile expelled a counsellor at Peru's embassy in Santiago."
    assertThat(code("Chile/Chile/NNP/LOCATION expelled/expel/VBD a/a/DT counsellor/counsellor/NN at/at/IN Peru/Peru/NNP/LOCATION 's/'s/POS embassy/embassy/NN "
            + "in/in/IN Santiago/Santiago/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) nmod:poss(8,6) case(6,7) obl:at(2,8) case(10,9) nmod:in(8,10) punct(2,11)").events())
        .extracting(e -> triple(e)).contains("CHL PERGOV 174");
  }
}
