package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Calls and agreements between two sides, and whom their words make the other side. */
class CallsAndAgreementsTest {
  @Test
  void aCallInWhichTheSubjectActsIsTheSubjects() {
    // "Rahmon raised the raids in a telephone call with Putin."
    assertThat(code("Rahmon/Rahmon/NNP/PERSON raised/raise/VBD the/the/DT raids/raid/NNS in/in/IN a/a/DT telephone/telephone/NN call/call/NN with/with/IN "
            + "Putin/Putin/NNP/PERSON ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) det(8,6) compound(8,7) obl:in(2,8) case(10,9) nmod:with(8,10) punct(2,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith("RUSGOV 041"));
  }

  @Test
  void theOneSpokenWithByTelephoneIsTheTargetThoughTheParserHangsHimOnTheMeans() {
    // "Khurelsukh discussed the dispute by telephone with Xi."
    assertThat(code("Khurelsukh/Khurelsukh/NNP/PERSON discussed/discuss/VBD the/the/DT dispute/dispute/NN by/by/IN telephone/telephone/NN with/with/IN "
            + "Xi/Xi/NNP/PERSON ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:by(2,6) case(8,7) nmod:with(6,8) punct(2,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith("CHNGOV 041"));
  }

  @Test
  void sharingAnothersConcernsIsAccordWithThem() {
    // "Uruguay and Bolivia shared Paraguay's concerns.": accord with Paraguay, not with each other.
    assertThat(code("Uruguay/Uruguay/NNP/LOCATION and/and/CC Bolivia/Bolivia/NNP/LOCATION shared/share/VBD Paraguay/Paraguay/NNP/LOCATION 's/'s/POS "
            + "concerns/concern/NNS ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) punct(4,8)").events())
        .extracting(e -> triple(e)).contains("URY PRY 019", "BOL PRY 019").doesNotContain("URY BOL 019");
  }

  @Test
  void valuingAnothersPositionIsPraiseOfThem() {
    // "Armenia valued Iran's position."
    assertThat(code("Armenia/Armenia/NNP/LOCATION valued/value/VBD Iran/Iran/NNP/LOCATION 's/'s/POS position/position/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)").events())
        .extracting(e -> triple(e)).contains("ARM IRN 051");
  }

  @Test
  void twoWhoAgreeToShareIntelligenceOnOthersAgreeWithEachOther() {
    // "Mali and Senegal agreed to share intelligence on JNIM's movements."
    assertThat(code("Mali/Mali/NNP/LOCATION and/and/CC Senegal/Senegal/NNP/LOCATION agreed/agree/VBD to/to/TO share/share/VB intelligence/intelligence/NN "
            + "on/on/IN JNIM/JNIM/NNP/ORGANIZATION 's/'s/POS movements/movement/NNS ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) obj(6,7) case(11,8) nmod:poss(11,9) case(9,10) "
            + "nmod:on(7,11) punct(4,12)").events())
        .extracting(e -> triple(e)).contains("MLI SEN 0314").noneMatch(t -> t.contains("JNIM 03"));
  }

  @Test
  void talksThatTwoCameOutOfWereTheirs() {
    // "Peru and Chile signed a deal after two days of talks in Lima."
    assertThat(code("Peru/Peru/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN after/after/IN two/two/CD days/day/NNS "
            + "of/of/IN talks/talk/NNS in/in/IN Lima/Lima/NNP/LOCATION ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(9,7) nummod(9,8) obl:after(4,9) case(11,10) nmod:of(9,11) "
            + "case(13,12) nmod:in(11,13) punct(4,14)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHL 04"));
    // "Bayraktar signed a deal after talks in Ashgabat": one side only; the other is unknown.
    assertThat(code("Peru/Peru/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN after/after/IN talks/talk/NNS in/in/IN Lima/Lima/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:after(2,6) case(8,7) nmod:in(6,8) punct(2,9)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.contains(" 04"));
  }

  @Test
  void agreeingToSetUpAGroupOnSomethingIsNoAgreementWithIt() {
    // "Tajikistan and Russia agreed to set up a working group on migrants' rights."
    assertThat(code("Tajikistan/Tajikistan/NNP/LOCATION and/and/CC Russia/Russia/NNP/LOCATION agreed/agree/VBD to/to/TO set/set/VB up/up/RP a/a/DT "
            + "working/working/NN group/group/NN on/on/IN migrants/migrant/NNS '/'/POS rights/right/NNS ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) compound:prt(6,7) det(10,8) compound(10,9) obj(6,10) case(14,11) "
            + "nmod:poss(14,12) case(12,13) obl:on(6,14) punct(4,15)").events())
        .extracting(e -> triple(e)).contains("TJK RUS 030").noneMatch(t -> t.contains("REF"));
  }

  @Test
  void callingAStateAPartnerIsPraise() {
    // "Xi called Bangladesh a trusted partner."
    assertThat(code("Xi/Xi/NNP/PERSON called/call/VBD Bangladesh/Bangladesh/NNP/LOCATION a/a/DT trusted/trusted/VBN partner/partner/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) det(6,4) amod(6,5) xcomp(2,6) nsubj(6,3) punct(2,7)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.endsWith("BGD 051"));
  }
}
