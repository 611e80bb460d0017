package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Goods held by a state's officers are impounded, and given back to whom they were held from. */
class ImpoundedGoodsTest {
  private static dev.annals.model.CodedArticle carsAtAlexandria() {
    // "Morocco lodged a formal complaint with Egypt on Monday after Egyptian customs held about 900
    // Moroccan-made cars at Alexandria port for more than a month, the Moroccan trade ministry said.
    // The ministry said the cars qualified for duty-free entry under the Agadir Agreement and
    // demanded their immediate release. Egypt's trade ministry said on Tuesday that inspectors were
    // checking whether the vehicles contained too many Asian parts to count as Moroccan. The two
    // countries' trade ministers held a video call on Wednesday and agreed to form a technical
    // committee on rules of origin. Egyptian customs released 200 of the cars on Thursday, but
    // importers said storage fees at the port had already cost them millions of pounds."
    return code(new HandBuiltText().sentence(
        "Morocco/Morocco/NNP/LOCATION lodged/lodge/VBD a/a/DT formal/formal/JJ complaint/complaint/NN with/with/IN Egypt/Egypt/NNP/LOCATION "
            + "on/on/IN Monday/Monday/NNP after/after/IN Egyptian/Egyptian/JJ customs/custom/NNS held/hold/VBN about/about/IN 900/900/CD "
            + "Moroccan/Moroccan/JJ -/-/HYPH made/make/VBN cars/car/NNS at/at/IN Alexandria/Alexandria/NNP/LOCATION port/port/NN for/for/IN "
            + "more/more/JJR than/than/IN a/a/DT month/month/NN ,/,/, the/the/DT Moroccan/Moroccan/JJ trade/trade/NN ministry/ministry/NN "
            + "said/say/VBD ././.",
        "root(0,2) nsubj(2,1) obj(2,5) obl:on(2,9) advcl:after(2,13) punct(2,28) parataxis(2,33) punct(2,34) det(5,3) amod(5,4) "
            + "nmod:with(5,7) case(7,6) case(9,8) mark(13,10) nsubj(13,12) obj(13,19) obl:at(13,22) obl:for(13,27) amod(12,11) advmod(15,14) "
            + "nummod(19,15) amod(19,18) dep(18,16) punct(18,17) case(22,20) compound(22,21) case(27,23) nummod(27,26) advmod(26,24) fixed(24,25) "
            + "det(32,29) amod(32,30) compound(32,31) nsubj(33,32)").sentence(
        "The/the/DT ministry/ministry/NN said/say/VBD the/the/DT cars/car/NNS qualified/qualify/VBD for/for/IN duty/duty/NN -/-/HYPH "
            + "free/free/JJ entry/entry/NN under/under/IN the/the/DT Agadir/Agadir/NNP Agreement/Agreement/NNP and/and/CC demanded/demand/VBD "
            + "their/they/PRP$ immediate/immediate/JJ release/release/NN ././.",
        "root(0,3) det(2,1) nsubj(3,2) ccomp(3,6) conj:and(3,17) punct(3,21) nsubj(17,2) cc(17,16) obj(17,20) det(5,4) nsubj(6,5) "
            + "obl:for(6,11) case(11,7) amod(11,10) nmod:under(11,15) obl:npmod(10,8) punct(10,9) case(15,12) det(15,13) compound(15,14) "
            + "nmod:poss(20,18) amod(20,19)").sentence(
        "Egypt/Egypt/NNP/LOCATION 's/'s/POS trade/trade/NN ministry/ministry/NN said/say/VBD on/on/IN Tuesday/Tuesday/NNP that/that/WDT "
            + "inspectors/inspector/NNS were/be/VBD checking/check/VBG whether/whether/IN the/the/DT vehicles/vehicle/NNS contained/contain/VBD "
            + "too/too/RB many/many/JJ Asian/Asian/JJ parts/part/NNS to/to/TO count/count/VB as/as/IN Moroccan/Moroccan/JJ ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,11) punct(5,24) case(7,6) dep(11,8) nsubj(11,9) "
            + "aux(11,10) ccomp(11,15) mark(15,12) nsubj(15,14) obj(15,19) xcomp(15,21) det(14,13) advmod(17,16) amod(19,17) amod(19,18) "
            + "nsubj:xsubj(21,19) mark(21,20) advcl:as(21,23) case(23,22)").sentence(
        "The/the/DT two/two/CD countries/country/NNS '/'/POS trade/trade/NN ministers/minister/NNS held/hold/VBD a/a/DT video/video/NN "
            + "call/call/NN on/on/IN Wednesday/Wednesday/NNP and/and/CC agreed/agree/VBD to/to/TO form/form/VB a/a/DT technical/technical/JJ "
            + "committee/committee/NN on/on/IN rules/rule/NNS of/of/IN origin/origin/NN ././.",
        "root(0,7) det(3,1) nummod(3,2) case(3,4) nmod:poss(6,3) compound(6,5) nsubj(7,6) obj(7,10) obl:on(7,12) conj:and(7,14) punct(7,24) "
            + "nsubj(14,6) cc(14,13) xcomp(14,16) nsubj:xsubj(16,6) mark(16,15) obj(16,19) obl:on(16,21) det(10,8) compound(10,9) case(12,11) "
            + "det(19,17) amod(19,18) case(21,20) nmod:of(21,23) case(23,22)").sentence(
        "Egyptian/Egyptian/JJ customs/custom/NNS released/release/VBN 200/200/CD of/of/IN the/the/DT cars/car/NNS on/on/IN "
            + "Thursday/Thursday/NNP ,/,/, but/but/CC importers/importer/NNS said/say/VBD storage/storage/NN fees/fee/NNS at/at/IN the/the/DT "
            + "port/port/NN had/have/VBD already/already/RB cost/cost/VB them/they/PRP millions/million/NNS of/of/IN pounds/pound/NNS ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,7) obl:on(3,9) punct(3,10) conj:but(3,13) punct(3,26) det:qmod(7,4) det(7,6) fixed(4,5) "
            + "case(9,8) cc(13,11) nsubj(13,12) obj(13,15) obl:at(13,18) dep(13,21) compound(15,14) case(18,16) det(18,17) aux(21,19) "
            + "advmod(21,20) iobj(21,22) obj(21,25) det:qmod(25,23) fixed(23,24)"), LocalDate.of(2026, 5, 22));
  }

  @Test
  void carsHeldByCustomsAreImpoundedFromTheCountryThatMadeThem() {
    assertThat(carsAtAlexandria().events()).extracting(e -> triple(e)).contains("EGYGOV MAR 1711");
  }

  @Test
  void andReleasedBackToIt() {
    assertThat(carsAtAlexandria().events()).extracting(e -> triple(e)).contains("EGYGOV MAR 084");
  }
}
