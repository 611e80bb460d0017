package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Looted money confiscated abroad: a court that orders confiscation seizes property; a group
 * against corruption is civil society, and judges the deal its own government made.
 */
class ConfiscatedFundsTest {
  private static final LocalDate REPORTED = LocalDate.of(2026, 9, 25);
  // "Malaysia and Switzerland agreed on Thursday to transfer the money to a trust account. A Swiss anti-corruption group criticised the deal on Friday."
  private static final HandBuiltText DEAL = new HandBuiltText().sentence(
      "Malaysia/Malaysia/NNP/LOCATION and/and/CC Switzerland/Switzerland/NNP/LOCATION agreed/agree/VBD on/on/IN Thursday/Thursday/NNP "
          + "to/to/TO transfer/transfer/VB the/the/DT money/money/NN to/to/IN a/a/DT trust/trust/NN account/account/NN ././.",
      "root(0,4) nsubj(4,1) nsubj(4,3) obl:on(4,6) xcomp(4,8) punct(4,15) conj:and(1,3) nsubj:xsubj(8,1) nsubj:xsubj(8,3) mark(8,7) "
          + "obj(8,10) obl:to(8,14) cc(3,2) case(6,5) det(10,9) case(14,11) det(14,12) compound(14,13)").sentence(
      "A/a/DT Swiss/Swiss/JJ anti-corruption/anti-corruption/NN group/group/NN criticised/criticise/VBD the/the/DT deal/deal/NN on/on/IN "
          + "Friday/Friday/NNP ././.",
      "root(0,5) det(4,1) amod(4,2) compound(4,3) nsubj(5,4) obj(5,7) obl:on(5,9) punct(5,10) det(7,6) case(9,8)");

  @Test
  void aCourtThatOrdersConfiscationConfiscates() {
    // "Switzerland's federal criminal court on Monday ordered the confiscation of 110 million Swiss francs held in Geneva accounts."
    var article = code(new HandBuiltText().sentence(
        "Switzerland/Switzerland/NNP/LOCATION 's/'s/POS federal/federal/JJ criminal/criminal/JJ court/court/NN on/on/IN Monday/Monday/NNP "
            + "ordered/order/VBD the/the/DT confiscation/confiscation/NN of/of/IN 110/110/CD million/million/CD Swiss/Swiss/JJ francs/franc/NNS "
            + "held/hold/VBN in/in/IN Geneva/Geneva/NNP/LOCATION accounts/account/NNS ././.",
        "root(0,8) nmod:poss(5,1) amod(5,3) amod(5,4) nmod:on(5,7) case(1,2) nsubj(8,5) dep(8,16) punct(8,20) case(7,6) det(10,9) "
            + "nmod:of(10,15) nsubj(16,10) obl:in(16,19) case(15,11) nummod(15,13) amod(15,14) compound(13,12) case(19,17) compound(19,18)"), REPORTED);
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("CHEJUD - 1711");
  }

  @Test
  void aCountrysOwnPeopleJudgeTheDealOfTheirOwnGovernment() {
    var article = code(DEAL, REPORTED);
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("111")).extracting(e -> triple(e)).containsExactly("CHENGO CHE 111");
  }

  @Test
  void anAntiCorruptionGroupIsABodyOfCivilSociety() {
    var article = code(DEAL, REPORTED);
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("111")).extracting(e -> e.source().code()).containsOnly("CHENGO");
  }
}
