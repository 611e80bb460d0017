package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Warrants are the court's that issued them, whoever judged them first (AntecedentTargets, EarlierEvents). */
class WarrantsJudgedTest {
  private static HandBuiltText warrants() {
    // "A Chilean judge ordered the arrest of two Peruvian officers on Friday. Victims' groups in
    // Lima welcomed the warrants. A lawyer for the officers called the warrants 'political theatre.'"
    return new HandBuiltText().sentence(
        "A/a/DT Chilean/Chilean/JJ judge/judge/NN ordered/order/VBD the/the/DT arrest/arrest/NN of/of/IN two/two/CD Peruvian/Peruvian/JJ "
            + "officers/officer/NNS on/on/IN Friday/Friday/NNP ././.",
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,6) obl:on(4,12) punct(4,13) det(6,5) nmod:of(6,10) case(10,7) nummod(10,8) "
            + "amod(10,9) case(12,11)").sentence(
        "Victims/victim/NNS '/'/POS groups/group/NNS in/in/IN Lima/Lima/NNP/LOCATION welcomed/welcome/VBD the/the/DT warrants/warrant/NNS "
            + "././.",
        "root(0,6) nmod:poss(3,1) nmod:in(3,5) case(1,2) nsubj(6,3) obj(6,8) punct(6,9) case(5,4) det(8,7)").sentence(
        "A/a/DT lawyer/lawyer/NN for/for/IN the/the/DT officers/officer/NNS called/call/VBD the/the/DT warrants/warrant/NNS “/“/`` "
            + "political/political/JJ theatre/theatre/NN ././. ”/”/''",
        "root(0,6) det(2,1) nmod:for(2,5) nsubj(6,2) obj(6,8) punct(6,12) punct(6,13) case(5,3) det(5,4) det(8,7) punct(8,9) dep(8,11) "
            + "amod(11,10)");
  }

  @Test
  void warrantsWelcomedAreTheJudgesWhoIssuedThem() {
    assertThat(code(warrants()).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("CHLJUD 051"));
  }

  @Test
  void warrantsCalledATheatreAreTheJudgesNotTheirFirstWelcomers() {
    // Praise judges as blame does: the victims who welcomed the warrants neither made nor keep them.
    assertThat(code(warrants()).events()).extracting(e -> triple(e)).anyMatch(t -> t.endsWith("CHLJUD 111")).noneMatch(t -> t.endsWith("PERCVL 111"));
  }

  @Test
  void aLawyerForFormerOfficersSpeaksForPeopleNoLongerTheStates() {
    // "A Chilean judge ordered the arrest of two former Peruvian officers on Friday. A lawyer for
    // one of the former officers called the warrants 'political theatre.'"
    HandBuiltText text = new HandBuiltText().sentence(
        "A/a/DT Chilean/Chilean/JJ judge/judge/NN ordered/order/VBD the/the/DT arrest/arrest/NN of/of/IN two/two/CD former/former/JJ "
            + "Peruvian/Peruvian/JJ officers/officer/NNS on/on/IN Friday/Friday/NNP ././.",
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) obj(4,6) obl:on(4,13) punct(4,14) det(6,5) nmod:of(6,11) case(11,7) nummod(11,8) "
            + "amod(11,9) amod(11,10) case(13,12)").sentence(
        "A/a/DT lawyer/lawyer/NN for/for/IN one/one/CD of/of/IN the/the/DT former/former/JJ officers/officer/NNS called/call/VBD the/the/DT "
            + "warrants/warrant/NNS “/“/`` political/political/JJ theatre/theatre/NN ././. ”/”/''",
        "root(0,9) det(2,1) nmod:for(2,8) nsubj(9,2) obj(9,11) punct(9,15) punct(9,16) case(8,3) det:qmod(8,4) det(8,6) amod(8,7) "
            + "fixed(4,5) det(11,10) punct(11,12) dep(11,14) amod(14,13)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PERCVL CHLJUD 111").noneMatch(t -> t.startsWith("PERCOP CHLJUD"));
  }
}
