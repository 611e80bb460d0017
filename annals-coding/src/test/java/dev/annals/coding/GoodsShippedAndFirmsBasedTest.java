package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goods seized that their own clause says were shipped from a country are taken from it, though
 * the parser hung the clause on the verb after its day; a business based in a city is of its
 * country; those caught doing wrong are no arresters of anyone.
 */
class GoodsShippedAndFirmsBasedTest {

  @Test
  void theSeizureTheInquiryAndTheWarning() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Thai/Thai/JJ customs/custom/NNS officers/officer/NNS seized/seize/VBD 40/40/CD containers/container/NNS "
            + "of/of/IN electronic/electronic/JJ waste/waste/NN at/at/IN Laem/Laem/NNP/LOCATION Chabang/Chabang/NNP/LOCATION "
            + "on/on/IN Tuesday/Tuesday/NNP that/that/WDT had/have/VBD been/be/VBN shipped/ship/VBN from/from/IN "
            + "Japan/Japan/NNP/LOCATION ././.",
            "root(0,4) amod(3,1) compound(3,2) nsubj(4,3) obj(4,6) obl:at(4,12) obl:on(4,14) dep(4,18) punct(4,21) "
            + "nummod(6,5) nmod:of(6,9) case(9,7) amod(9,8) case(12,10) compound(12,11) case(14,13) nsubj:pass(18,15) "
            + "aux(18,16) aux:pass(18,17) obl:from(18,20) case(20,19)")
        .sentence("Thailand/Thailand/NNP/LOCATION 's/'s/POS environment/environment/NN ministry/ministry/NN opened/open/VBD "
            + "an/a/DT investigation/investigation/NN into/into/IN the/the/DT Osaka/Osaka/NNP/LOCATION -/-/HYPH "
            + "based/base/VBN exporter/exporter/NN ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,14) det(7,6) nmod:into(7,13) "
            + "case(13,8) det(13,9) amod(13,12) obl(12,10) punct(12,11)")
        .sentence("The/the/DT ministry/ministry/NN warned/warn/VBD on/on/IN Friday/Friday/NNP that/that/IN traders/trader/NNS "
            + "caught/catch/VBD falsifying/falsify/VBG papers/paper/NNS would/would/MD be/be/VB banned/ban/VBN ././.",
            "root(0,3) det(2,1) nsubj(3,2) obl:on(3,5) ccomp(3,8) punct(3,14) case(5,4) mark(8,6) nsubj(8,7) obj(8,10) "
            + "dep(8,13) amod(10,9) aux(13,11) aux:pass(13,12)"))))
        .contains("THAGOV JPN 1711", "THAGOV JPNBUS 090")
        .noneMatch(t -> t.endsWith(" 173"));
  }
}
