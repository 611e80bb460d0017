package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What is seized in a raid is taken from those whose place was raided, a foundation's office too;
 * "the two" charged after two were detained are those two.
 */
class SeizuresInRaidsTest {
  @Test
  void whatPoliceSeizeInARaidIsTheRaidedFoundations() {
    // "Egyptian police raided the Cairo office of a German political foundation on Monday and seized computers and files."
    var article = code(new HandBuiltText().sentence(
        "Egyptian/Egyptian/JJ police/police/NN raided/raid/VBD the/the/DT Cairo/Cairo/NNP/LOCATION office/office/NN of/of/IN a/a/DT "
            + "German/German/JJ political/political/JJ foundation/foundation/NN on/on/IN Monday/Monday/NNP and/and/CC seized/seize/VBD "
            + "computers/computer/NNS and/and/CC files/file/NNS ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) obl:on(3,13) conj:and(3,15) punct(3,19) nsubj(15,2) cc(15,14) obj(15,16) obj(15,18) "
            + "det(6,4) compound(6,5) nmod:of(6,11) case(11,7) det(11,8) amod(11,9) amod(11,10) case(13,12) conj:and(16,18) cc(18,17)"), LocalDate.of(2025, 12, 11));
    assertThat(article.events()).extracting(e -> triple(e)).contains("EGYCOP DEUNGO 1711");
  }

  @Test
  void theTwoChargedAreTheTwoDetained() {
    // "Egyptian police detained two of its Egyptian employees on Monday. Egypt's public prosecutor
    // charged the two on Tuesday with receiving foreign money."
    var article = code(new HandBuiltText().sentence(
        "Egyptian/Egyptian/JJ police/police/NN detained/detain/VBD two/two/CD of/of/IN its/its/PRP$ Egyptian/Egyptian/JJ "
            + "employees/employee/NNS on/on/IN Monday/Monday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,4) obl:on(3,10) punct(3,11) nmod:of(4,8) case(8,5) nmod:poss(8,6) amod(8,7) case(10,9)").sentence(
        "Egypt/Egypt/NNP/LOCATION 's/'s/POS public/public/JJ prosecutor/prosecutor/NN charged/charge/VBD the/the/DT two/two/CD on/on/IN "
            + "Tuesday/Tuesday/NNP with/with/IN receiving/receive/VBG foreign/foreign/JJ money/money/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) obl:on(5,9) advcl:with(5,11) punct(5,14) det(7,6) case(9,8) "
            + "mark(11,10) obj(11,13) amod(13,12)"), LocalDate.of(2025, 12, 11));
    assertThat(article.events()).extracting(e -> triple(e)).contains("EGYJUD EGYCVL 173");
  }
}
