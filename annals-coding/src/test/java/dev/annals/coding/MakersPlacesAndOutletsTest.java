package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Makers of a named kind of goods are firms; people named by a province are its country's; a
 * defence department is a ministry; outlets suspended are restricted; a reporter put on a flight
 * out is expelled, and the expulsion judged is the expelling state's government's; "both
 * decisions" points back as "the decisions" does; "other Asian states" are the region's.
 */
class MakersPlacesAndOutletsTest {

  @Test
  void armsMakersAreFirmsAndProvincesPlaceTheirPeople() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Moscow/Moscow/NNP/LOCATION accused/accuse/VBD Bulgarian/Bulgarian/JJ arms/arm/NNS makers/maker/NNS on/on/IN "
            + "Monday/Monday/NNP of/of/IN selling/sell/VBG shells/shell/NNS to/to/IN Ukraine/Ukraine/NNP/LOCATION ././.",
            "root(0,2) nsubj(2,1) obj(2,5) obl:on(2,7) obl:of(2,10) punct(2,13) amod(5,3) compound(5,4) case(7,6) "
            + "case(10,8) amod(10,9) nmod:to(10,12) case(12,11)")
        .sentence("Japan/Japan/NNP/LOCATION signed/sign/VBD a/a/DT trade/trade/NN deal/deal/NN with/with/IN "
            + "Peru/Peru/NNP/LOCATION ././.",
            "root(0,2) nsubj(2,1) obj(2,5) punct(2,8) det(5,3) compound(5,4) nmod:with(5,7) case(7,6)")
        .sentence("Queensland/Queensland/NNP/LOCATION farmers/farmer/NNS criticised/criticise/VBD the/the/DT deal/deal/NN ././.",
            "root(0,3) compound(2,1) nsubj(3,2) obj(3,5) punct(3,6) det(5,4)")
        .sentence("Australia/Australia/NNP/LOCATION 's/'s/POS defence/defence/NN department/department/NN said/say/VBD on/on/IN "
            + "Monday/Monday/NNP that/that/IN the/the/DT drill/drill/NN would/would/MD go/go/VB ahead/ahead/RB ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,12) punct(5,14) case(7,6) "
            + "mark(12,8) nsubj(12,10) aux(12,11) advmod(12,13) det(10,9)"))))
        .contains("RUSGOV BGRBUS 112", "AUSAGR JPN 111", "AUSGOV - 010")
        .noneMatch(t -> t.startsWith("AUSMIL") || t.startsWith("AGR "));
  }

  @Test
  void outletsSuspendedAndAReporterFlownOutAreRestrictedAndExpelled() {
    // "On Friday police in Niamey detained a Belgian reporter and put the journalist on a flight
    // to Brussels": the second verb shares the police for its subject.
    assertThat(triples(code(new HandBuiltText()
        .sentence("Niger/Niger/NNP/LOCATION 's/'s/POS media/media/NNS regulator/regulator/NN suspended/suspend/VBD three/three/CD "
            + "Belgian/Belgian/JJ broadcasters/broadcaster/NNS on/on/IN Thursday/Thursday/NNP ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:on(5,10) punct(5,11) nummod(8,6) "
            + "amod(8,7) case(10,9)")
        .sentence("On/on/IN Friday/Friday/NNP police/police/NNS in/in/IN Niamey/Niamey/NNP/LOCATION detained/detain/VBD a/a/DT "
            + "Belgian/Belgian/JJ reporter/reporter/NN and/and/CC put/put/VBD the/the/DT journalist/journalist/NN on/on/IN "
            + "a/a/DT flight/flight/NN to/to/IN Brussels/Brussels/NNP/LOCATION ././.",
            "root(0,6) case(2,1) obl:on(6,2) nsubj(6,3) nmod:in(3,5) case(5,4) obj(6,9) det(9,7) amod(9,8) cc(11,10) "
            + "conj:and(6,11) nsubj(11,3) obj(11,13) det(13,12) obl:on(11,16) case(16,14) det(16,15) nmod:to(16,18) case(18,17) punct(6,19)")
        .sentence("Belgium/Belgium/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN called/call/VBD the/the/DT "
            + "expulsion/expulsion/NN unacceptable/unacceptable/JJ ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) xcomp(5,8) punct(5,9) det(7,6) nsubj(8,7)")
        .sentence("Amnesty/Amnesty/NNP/ORGANIZATION International/International/NNP/ORGANIZATION condemned/condemn/VBD "
            + "both/both/DT decisions/decision/NNS ././.",
            "root(0,3) compound(2,1) nsubj(3,2) obj(3,5) punct(3,6) det(5,4)"))))
        .contains("NERGOV BELMED 1721", "NERCOP BELMED 174", "BELGOV NERGOV 111", "AMNESTY NERGOV 111")
        .doesNotContain("NERMED BELMED 1721", "BELGOV NERCOP 111");
  }

  @Test
  void statesOfARegionAreTheRegion() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("Kenya/Kenya/NNP/LOCATION 's/'s/POS government/government/NN welcomed/welcome/VBD the/the/DT "
            + "decision/decision/NN on/on/IN Monday/Monday/NNP and/and/CC urged/urge/VBD other/other/JJ Asian/Asian/JJ "
            + "states/state/NNS to/to/TO follow/follow/VB ././.",
            "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) conj:and(4,10) punct(4,16) nsubj(10,3) cc(10,9) "
            + "obj(10,13) xcomp(10,15) det(6,5) nmod:on(6,8) case(8,7) amod(13,11) amod(13,12) nsubj:xsubj(15,13) mark(15,14)"))))
        .contains("KENGOV ASA 020");
  }
}
