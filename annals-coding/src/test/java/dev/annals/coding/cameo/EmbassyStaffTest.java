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

  @Test
  void aMissionsDemandNamingNoOneIsMadeOfTheStateItIsPostedTo() {
    // "China's embassy in Lima demanded that those responsible be punished."
    assertThat(dev.annals.coding.HandCoding.code("China/China/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Lima/Lima/NNP/LOCATION demanded/demand/VBD "
            + "that/that/IN those/those/DT responsible/responsible/JJ be/be/VB punished/punish/VBN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(6,3) case(5,4) nmod:in(3,5) root(0,6) mark(11,7) nsubj:pass(11,8) amod(8,9) aux:pass(11,10) ccomp(6,11) punct(6,12)").events())
        .extracting(e -> dev.annals.coding.HandCoding.triple(e)).anyMatch(t -> t.startsWith("CHN") && t.contains(" PERGOV 10"));
  }
}
