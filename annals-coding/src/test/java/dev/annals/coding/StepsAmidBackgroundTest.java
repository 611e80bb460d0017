package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What "the step" welcomed stands for when background deeds are told around the act (AntecedentTargets). */
class StepsAmidBackgroundTest {
  @Test
  void theStepIsTheDecreeNotTheTortureInARelativeClause() {
    // "Chile's government on Monday signed a decree expropriating 117 hectares of the former Colonia
    // Dignidad, the German-run enclave in the Maule region where the secret police tortured
    // opponents in the 1970s, to build a memorial. Germany's foreign ministry welcomed the step on Tuesday."
    var article = code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS government/government/NN on/on/IN Monday/Monday/NNP signed/sign/VBD a/a/DT decree/decree/NN "
            + "expropriating/expropriate/VBG 117/117/CD hectares/hectare/NNS of/of/IN the/the/DT former/former/JJ "
            + "Colonia/Colonia/NNP/ORGANIZATION Dignidad/Dignidad/NNP/ORGANIZATION ,/,/, the/the/DT German/German/JJ -/-/HYPH run/run/NN "
            + "enclave/enclave/NN in/in/IN the/the/DT Maule/Maule/NNP/LOCATION region/region/NN where/where/WRB the/the/DT secret/secret/JJ "
            + "police/police/NN tortured/torture/VBD opponents/opponent/NNS in/in/IN the/the/DT 1970s/1970/NNS ,/,/, to/to/TO build/build/VB "
            + "a/a/DT memorial/memorial/NN ././.",
        "root(0,6) nmod:poss(3,1) nmod:on(3,5) case(1,2) nsubj(6,3) obj(6,8) punct(6,41) case(5,4) det(8,7) acl(8,9) obj(9,11) "
            + "nummod(11,10) nmod:of(11,16) case(16,12) det(16,13) amod(16,14) compound(16,15) punct(16,17) appos(16,22) det(22,18) "
            + "compound(22,21) nmod:in(22,26) amod(21,19) punct(21,20) case(26,23) det(26,24) compound(26,25) acl:relcl(26,31) advmod(31,27) "
            + "nsubj(31,30) obj(31,32) obl:in(31,35) punct(31,36) dep(31,38) det(30,28) amod(30,29) case(35,33) det(35,34) mark(38,37) obj(38,40) "
            + "det(40,39)").sentence(
        "Germany/Germany/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN welcomed/welcome/VBD the/the/DT step/step/NN "
            + "on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,10) det(7,6) nmod:on(7,9) case(9,8)"), LocalDate.of(2026, 3, 7));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLGOV - 1711", "DEUGOV CHLGOV 051").noneMatch(t -> t.startsWith("DEUGOV CHLSPY"));
  }

  @Test
  void aPledgeBesidePraiseOfAStepGoesToWhoseStepItWas() {
    // "Chile's government on Monday signed a decree expropriating 117 hectares to build a memorial.
    // Germany's foreign ministry welcomed the step on Tuesday and pledged 4 million euros for the memorial."
    var article = code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS government/government/NN on/on/IN Monday/Monday/NNP signed/sign/VBD a/a/DT decree/decree/NN "
            + "expropriating/expropriate/VBG 117/117/CD hectares/hectare/NNS to/to/TO build/build/VB a/a/DT memorial/memorial/NN ././.",
        "root(0,6) nmod:poss(3,1) nmod:on(3,5) case(1,2) nsubj(6,3) obj(6,8) punct(6,16) case(5,4) det(8,7) acl(8,9) obj(9,11) xcomp(9,13) "
            + "nummod(11,10) nsubj:xsubj(13,11) mark(13,12) obj(13,15) det(15,14)").sentence(
        "Germany/Germany/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN welcomed/welcome/VBD the/the/DT step/step/NN "
            + "on/on/IN Tuesday/Tuesday/NNP and/and/CC pledged/pledge/VBD 4/4/CD million/million/CD euros/euro/NNS for/for/IN the/the/DT "
            + "memorial/memorial/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) conj:and(5,11) punct(5,18) nsubj(11,4) cc(11,10) obj(11,14) "
            + "det(7,6) nmod:on(7,9) case(9,8) compound(13,12) nummod(14,13) nmod:for(14,17) case(17,15) det(17,16)"), LocalDate.of(2026, 3, 7));
    assertThat(article.events()).extracting(e -> triple(e)).contains("DEUGOV CHLGOV 051", "DEUGOV CHLGOV 0331");
  }

  @Test
  void aPledgeBesideAnApologyIsNotMadeToWhomTheApologyWent() {
    // "Zambia suspended the mine's licence on Thursday. China's ambassador apologised to the people of
    // Zambia on Friday and pledged that Beijing would send experts to help restore the river."
    var article = code(new HandBuiltText().sentence(
        "Zambia/Zambia/NNP/LOCATION suspended/suspend/VBD the/the/DT mine/mine/NN 's/'s/POS licence/licence/NN on/on/IN "
            + "Thursday/Thursday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,6) obl:on(2,8) punct(2,9) det(4,3) case(4,5) nmod:poss(6,4) case(8,7)").sentence(
        "China/China/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN apologised/apologise/VBD to/to/IN the/the/DT people/person/NNS "
            + "of/of/IN Zambia/Zambia/NNP/LOCATION on/on/IN Friday/Friday/NNP and/and/CC pledged/pledge/VBD that/that/IN "
            + "Beijing/Beijing/NNP/LOCATION would/would/MD send/send/VB experts/expert/NNS to/to/TO help/help/VB restore/restore/VB the/the/DT "
            + "river/river/NN ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obl:to(4,7) obl:on(4,11) conj:and(4,13) punct(4,24) nsubj(13,3) cc(13,12) "
            + "ccomp(13,17) case(7,5) det(7,6) nmod:of(7,9) case(9,8) case(11,10) mark(17,14) nsubj(17,15) aux(17,16) obj(17,18) xcomp(17,20) "
            + "nsubj:xsubj(20,18) mark(20,19) xcomp(20,21) obj(21,23) det(23,22)"), LocalDate.of(2026, 4, 10));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHNGOV ZMBCVL 03"));
  }
}
