package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Paying to repair or rebuild what another side has lost is aid to it. */
class RebuildingPaidForTest {
  @Test
  void payingToRepairAPowerStationIsAidToTheHost() {
    // "Qatar's prime minister held talks in Damascus with Syria's president on Sunday. Qatar will also pay to repair a power station near Aleppo, Qatar's foreign ministry said on Monday."
    var article = code(new HandBuiltText().sentence(
        "Qatar/Qatar/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN held/hold/VBD talks/talk/NNS in/in/IN "
            + "Damascus/Damascus/NNP/LOCATION with/with/IN Syria/Syria/NNP/LOCATION 's/'s/POS president/president/NN on/on/IN Sunday/Sunday/NNP "
            + "././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:on(5,14) punct(5,15) nmod:in(6,8) nmod:with(6,12) case(8,7) "
            + "case(12,9) nmod:poss(12,10) case(10,11) case(14,13)").sentence(
        "Qatar/Qatar/NNP/LOCATION will/will/MD also/also/RB pay/pay/VB to/to/TO repair/repair/VB a/a/DT power/power/NN station/station/NN "
            + "near/near/IN Aleppo/Aleppo/NNP/LOCATION ,/,/, Qatar/Qatar/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN "
            + "said/say/VBD on/on/IN Monday/Monday/NNP ././.",
        "root(0,4) nsubj(4,1) aux(4,2) advmod(4,3) xcomp(4,6) punct(4,20) nsubj:xsubj(6,1) mark(6,5) obj(6,9) dep(6,17) det(9,7) "
            + "compound(9,8) nmod:near(9,11) case(11,10) punct(11,12) appos(11,16) nmod:poss(16,13) amod(16,15) case(13,14) obl:on(17,19) "
            + "case(19,18)"), LocalDate.of(2026, 3, 17));
    assertThat(article.events()).extracting(e -> triple(e)).contains("QAT SYRGOV 0331");
  }
}
