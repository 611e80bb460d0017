package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An opposition of no country, in a story two states share, is not of the state whose embassy
 * spoke in the sentence before: a post abroad turns the story to no politics at home. A loan
 * called a lifeline is praised.
 */
class OppositionAfterAnEmbassyTest {

  @Test
  void theOppositionIsOfTheBorrowersCountry() {
    assertThat(triples(code(new HandBuiltText()
        .sentence("South/South/NNP/LOCATION Korea/Korea/NNP/LOCATION and/and/CC Fiji/Fiji/NNP/LOCATION signed/sign/VBD a/a/DT "
            + "loan/loan/NN agreement/agreement/NN in/in/IN Suva/Suva/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP "
            + "under/under/IN which/which/WDT Seoul/Seoul/NNP/LOCATION will/will/MD lend/lend/VB 30/30/CD million/million/CD "
            + "dollars/dollar/NNS to/to/TO rebuild/rebuild/VB roads/road/NNS ,/,/, bridges/bridge/NNS and/and/CC "
            + "schools/school/NNS wrecked/wreck/VBN by/by/IN last/last/JJ year/year/NN 's/'s/POS cyclone/cyclone/NN ,/,/, "
            + "Fiji/Fiji/NNP/LOCATION 's/'s/POS finance/finance/NN ministry/ministry/NN said/say/VBD ././.",
            "root(0,5) compound(2,1) conj:and(2,4) nsubj(5,2) nsubj(5,4) obj(5,8) obl:on(5,12) dep(5,17) punct(5,40) "
            + "cc(4,3) det(8,6) compound(8,7) nmod:in(8,10) case(10,9) case(12,11) case(14,13) obl:under(17,14) nsubj(17,15) "
            + "aux(17,16) obj(17,20) xcomp(17,22) punct(17,34) parataxis(17,39) compound(19,18) nummod(20,19) "
            + "nsubj:xsubj(22,20) mark(22,21) xcomp(22,28) obl:by(22,33) nsubj(28,23) nsubj(28,25) nsubj(28,27) punct(23,24) "
            + "conj:and(23,25) conj:and(23,27) cc(27,26) case(33,29) nmod:poss(33,31) amod(31,30) case(31,32) "
            + "nmod:poss(38,35) compound(38,37) case(35,36) nsubj(39,38)")
        .sentence("Fiji/Fiji/NNP/LOCATION 's/'s/POS finance/finance/NN minister/minister/NN called/call/VBD the/the/DT "
            + "loan/loan/NN \"/\"/`` a/a/DT lifeline/lifeline/NN for/for/IN rural/rural/JJ families/family/NNS \"/\"/'' ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,15) det(7,6) punct(7,8) dep(7,10) "
            + "punct(7,14) det(10,9) nmod:for(10,13) case(13,11) amod(13,12)")
        .sentence("South/South/NNP/LOCATION Korea/Korea/NNP/LOCATION will/will/MD also/also/RB send/send/VB "
            + "engineers/engineer/NNS in/in/IN May/May/NNP to/to/TO help/help/VB build/build/VB flood/flood/NN "
            + "defences/defence/NNS ,/,/, the/the/DT South/south/JJ Korean/Korean/JJ embassy/embassy/NN said/say/VBD ././.",
            "root(0,5) compound(2,1) nsubj(5,2) aux(5,3) advmod(5,4) obj(5,6) obl:in(5,8) advcl:to(5,10) punct(5,20) "
            + "case(8,7) mark(10,9) xcomp(10,11) obj(11,13) punct(11,14) parataxis(11,19) compound(13,12) det(18,15) "
            + "amod(18,17) amod(17,16) nsubj(19,18)")
        .sentence("Fiji/Fiji/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN ,/,/, who/who/WP met/meet/VBD "
            + "South/South/NNP/LOCATION Korea/Korea/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN on/on/IN "
            + "Wednesday/Wednesday/NNP ,/,/, asked/ask/VBD Seoul/Seoul/NNP/LOCATION to/to/TO consider/consider/VB "
            + "cancelling/cancel/VBG older/old/JJR debts/debt/NNS ././.",
            "root(0,15) nmod:poss(4,1) amod(4,3) punct(4,5) ref(4,6) acl:relcl(4,7) punct(4,14) case(1,2) nsubj(7,4) "
            + "obj(7,11) obl:on(7,13) nsubj(15,4) obj(15,16) xcomp(15,18) punct(15,22) compound(9,8) case(9,10) "
            + "nmod:poss(11,9) case(13,12) nsubj:xsubj(18,16) mark(18,17) xcomp(18,19) obj(19,21) amod(21,20)")
        .sentence("The/the/DT embassy/embassy/NN said/say/VBD the/the/DT request/request/NN would/would/MD be/be/VB "
            + "studied/study/VBN ././.",
            "root(0,3) det(2,1) nsubj(3,2) ccomp(3,8) punct(3,9) det(5,4) nsubj:pass(8,5) aux(8,6) aux:pass(8,7)")
        .sentence("The/the/DT main/main/JJ opposition/opposition/NN party/party/NN welcomed/welcome/VBD the/the/DT loan/loan/NN "
            + "but/but/CC accused/accuse/VBD the/the/DT government/government/NN of/of/IN moving/move/VBG too/too/RB "
            + "slowly/slowly/RB ././.",
            "root(0,5) det(4,1) amod(4,2) compound(4,3) nsubj(5,4) obj(5,7) conj:but(5,9) punct(5,16) nsubj(9,4) cc(9,8) "
            + "obj(9,11) obl:of(9,13) det(7,6) det(11,10) case(13,12) advmod(13,15) advmod(15,14)"))))
        .contains("FJIGOV KORGOV 051", "FJIOPP FJIGOV 112")
        .noneMatch(t -> t.startsWith("KOROPP"));
  }
}
