package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Donors and those who petition them: a payment held back is aid cut; indigenous leaders,
 * recruiters and a lawyers' group are people, a trade and a body of civil society, not a
 * government, nor the courts; and a pledge made in a clause on a partner of talks is of the talks'
 * day.
 */
class DonorsAndPetitionersTest {
  @Test
  void aPaymentHeldBackIsAThreatToCutAid() {
    // "Norway said on Wednesday it would hold back half of this year's payment to Brazil's Amazon Fund."
    var article = code(new HandBuiltText().sentence(
        "Norway/Norway/NNP/LOCATION said/say/VBD on/on/IN Wednesday/Wednesday/NNP it/it/PRP would/would/MD hold/hold/VB back/back/RP "
            + "half/half/NN of/of/IN this/this/DT year/year/NN 's/'s/POS payment/payment/NN to/to/IN Brazil/Brazil/NNP/LOCATION 's/'s/POS "
            + "Amazon/Amazon/NNP/ORGANIZATION Fund/Fund/NNP/ORGANIZATION ././.",
        "root(0,2) nsubj(2,1) obl:on(2,4) ccomp(2,7) punct(2,20) case(4,3) nsubj(7,5) aux(7,6) compound:prt(7,8) obj(7,9) obl:to(7,19) "
            + "nmod:of(9,14) case(14,10) nmod:poss(14,12) det(12,11) case(12,13) case(19,15) nmod:poss(19,16) compound(19,18) case(16,17)"), LocalDate.of(2026, 2, 14));
    assertThat(article.events()).extracting(e -> triple(e)).contains("NOR BRA 1311");
  }

  @Test
  void indigenousLeadersArePlainPeopleNotAGovernment() {
    // "Indigenous leaders in Manaus urged Oslo on Friday to pay part of the money directly to their communities."
    var article = code(new HandBuiltText().sentence(
        "Indigenous/indigenous/JJ leaders/leader/NNS in/in/IN Manaus/Manaus/NNP/LOCATION urged/urge/VBD Oslo/Oslo/NNP/LOCATION on/on/IN "
            + "Friday/Friday/NNP to/to/TO pay/pay/VB part/part/NN of/of/IN the/the/DT money/money/NN directly/directly/RB to/to/IN "
            + "their/they/PRP$ communities/community/NNS ././.",
        "root(0,5) amod(2,1) nmod:in(2,4) nsubj(5,2) obj(5,6) obl:on(5,8) xcomp(5,10) punct(5,19) case(4,3) nsubj:xsubj(10,6) mark(10,9) "
            + "obj(10,11) advmod(10,15) obl:to(10,18) case(8,7) nmod:of(11,14) case(14,12) det(14,13) case(18,16) nmod:poss(18,17)"), LocalDate.of(2026, 2, 14));
    assertThat(article.events()).extracting(e -> triple(e)).contains("BRACVL NORGOV 020");
  }

  @Test
  void recruitersToBeProsecutedAreATradeOfTheProsecutorsCountry() {
    // "Colombia's foreign ministry said on Monday the recruiters would be prosecuted."
    var article = code(new HandBuiltText().sentence(
        "Colombia/Colombia/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD on/on/IN Monday/Monday/NNP "
            + "the/the/DT recruiters/recruiter/NNS would/would/MD be/be/VB prosecuted/prosecute/VBN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,12) punct(5,13) case(7,6) det(9,8) nsubj:pass(12,9) "
            + "aux(12,10) aux:pass(12,11)"), LocalDate.of(2026, 4, 23));
    assertThat(article.events()).extracting(e -> triple(e)).contains("COLGOV COLBUS 137");
  }

  @Test
  void aLawyersGroupIsABodyOfCivilSocietyNotTheCourts() {
    // "A Japanese lawyers' group urged the government on Tuesday to guarantee the workers' right to change employers."
    var article = code(new HandBuiltText().sentence(
        "A/a/DT Japanese/Japanese/JJ lawyers/lawyer/NNS '/'/POS group/group/NN urged/urge/VBD the/the/DT government/government/NN on/on/IN "
            + "Tuesday/Tuesday/NNP to/to/TO guarantee/guarantee/VB the/the/DT workers/worker/NNS '/'/POS right/right/NN to/to/TO change/change/VB "
            + "employers/employer/NNS ././.",
        "root(0,6) det(3,1) amod(3,2) case(3,4) nmod:poss(5,3) nsubj(6,5) obj(6,8) obl:on(6,10) xcomp(6,12) punct(6,20) det(8,7) "
            + "nsubj:xsubj(12,8) mark(12,11) obj(12,16) xcomp(12,18) case(10,9) det(14,13) case(14,15) nmod:poss(16,14) nsubj:xsubj(18,16) "
            + "mark(18,17) obj(18,19)"), LocalDate.of(2026, 5, 27));
    assertThat(article.events()).extracting(e -> triple(e)).contains("JPNNGO JPNGOV 0243");
  }

  @Test
  void aPledgeInAClauseOnThePartnerOfTalksIsOfTheTalksDay() {
    // "Uzbekistan's president arrived in Tokyo on Monday and held talks with Japan's prime minister, who pledged loans of 150 billion yen for power lines."
    var article = code(new HandBuiltText().sentence(
        "Uzbekistan/Uzbekistan/NNP/LOCATION 's/'s/POS president/president/NN arrived/arrive/VBD in/in/IN Tokyo/Tokyo/NNP/LOCATION on/on/IN "
            + "Monday/Monday/NNP and/and/CC held/hold/VBD talks/talk/NNS with/with/IN Japan/Japan/NNP/LOCATION 's/'s/POS prime/prime/JJ "
            + "minister/minister/NN ,/,/, who/who/WP pledged/pledge/VBD loans/loan/NNS of/of/IN 150/150/CD billion/billion/CD yen/yen/NNS "
            + "for/for/IN power/power/NN lines/line/NNS ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obl:in(4,6) obl:on(4,8) conj:and(4,10) punct(4,28) nsubj(10,3) cc(10,9) obj(10,11) "
            + "case(6,5) case(8,7) nmod:with(11,16) case(16,12) nmod:poss(16,13) amod(16,15) punct(16,17) ref(16,18) acl:relcl(16,19) case(13,14) "
            + "nsubj(19,16) obj(19,20) nmod:of(20,24) nmod:for(20,27) case(24,21) nummod(24,23) compound(23,22) case(27,25) compound(27,26)"), LocalDate.of(2026, 5, 27));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("0331")).extracting(e -> e.date().value()).containsExactly("2026-05-25");
  }
}
