package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Money paid and welcomed, officers sent for training, the means of an act asked for, and acts that answer no one. */
class PaymentsAndTrainingTest {
  @Test
  void moneyPaidToAnotherSideIsAidAndThePaymentWelcomedIsThePayers() {
    // "Japan will pay Fiji a further 5 million dollars for protecting its reefs, … Fiji's prime minister welcomed the payment": the payment is the act of "will pay".
    var article = code(new HandBuiltText().sentence(
        "Japan/Japan/NNP/LOCATION will/will/MD pay/pay/VB Fiji/Fiji/NNP/LOCATION a/a/DT further/further/JJ 5/5/CD million/million/CD "
            + "dollars/dollar/NNS for/for/IN protecting/protect/VBG its/its/PRP$ reefs/reef/NNS ,/,/, Japan/Japan/NNP/LOCATION 's/'s/POS "
            + "foreign/foreign/JJ and/and/CC trade/trade/NN ministry/ministry/NN said/say/VBD on/on/IN Wednesday/Wednesday/NNP ././.",
        "root(0,3) nsubj(3,1) aux(3,2) iobj(3,4) obj(3,9) punct(3,24) det(9,5) amod(9,6) nummod(9,8) acl:for(9,21) compound(8,7) "
            + "mark(21,10) advcl(21,11) punct(21,14) nsubj(21,20) obl:on(21,23) obj(11,13) nmod:poss(13,12) nmod:poss(20,15) amod(20,17) "
            + "amod(20,19) case(15,16) conj:and(17,19) cc(19,18) case(23,22)").sentence(
        "Fiji/Fiji/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN welcomed/welcome/VBD the/the/DT payment/payment/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)"), LocalDate.of(2026, 3, 13));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("JPN\\w* FJI\\w* 0?[37]\\d*"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("FJIGOV JPN\\w* 051"));
  }

  @Test
  void officersSentAbroadForTrainingCooperateMilitarily() {
    // "Kenya's defence minister said Nairobi would send a group of officers to Turkey for training in May."
    var article = code(new HandBuiltText().sentence(
        "Kenya/Kenya/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN said/say/VBD Nairobi/Nairobi/NNP/LOCATION "
            + "would/would/MD send/send/VB a/a/DT group/group/NN of/of/IN officers/officer/NNS to/to/IN Turkey/Turkey/NNP/LOCATION for/for/IN "
            + "training/training/NN in/in/IN May/May/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) ccomp(5,8) punct(5,19) nsubj(8,6) aux(8,7) obj(8,10) obl:to(8,14) "
            + "obl:for(8,16) det(10,9) nmod:of(10,12) case(12,11) case(14,13) case(16,15) nmod:in(16,18) case(18,17)"), LocalDate.of(2026, 3, 13));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("KENGOV TUR\\w* 062"));
  }

  @Test
  void theMeansOfAnActAskedForIsAskedForToo() {
    // "China urged Paraguay to choose the right side by cutting its ties with Taipei": the cutting is asked for, not done.
    var article = code(new HandBuiltText().sentence(
        "China/China/NNP/LOCATION urged/urge/VBD Paraguay/Paraguay/NNP/LOCATION to/to/TO choose/choose/VB the/the/DT right/right/JJ "
            + "side/side/NN by/by/IN cutting/cut/VBG its/its/PRP$ ties/tie/NNS with/with/IN Taipei/Taipei/NNP/LOCATION ././.",
        "root(0,2) nsubj(2,1) obj(2,3) xcomp(2,5) punct(2,15) nsubj:xsubj(5,3) mark(5,4) obj(5,8) advcl:by(5,10) det(8,6) amod(8,7) "
            + "mark(10,9) obj(10,12) nmod:poss(12,11) nmod:with(12,14) case(14,13)"), LocalDate.of(2026, 3, 13));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.matches("PRY \\S+ 161"));
  }

  @Test
  void anActJoinedToOneDoneToPeopleOfTheCountryAnswersNoOne() {
    // "Norway transferred its first 20 prisoners to a rented prison in Latvia … the inmates would be guarded by Latvian officers and that Norway would pay about 20 million euros a year": the guarding is done to Norway's inmates, not to Norway, and the payment answers no guard.
    var article = code(new HandBuiltText().sentence(
        "Norway/Norway/NNP/LOCATION transferred/transfer/VBD its/its/PRP$ first/first/JJ 20/20/CD prisoners/prisoner/NNS to/to/IN a/a/DT "
            + "rented/rent/VBN prison/prison/NN in/in/IN Latvia/Latvia/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,6) obl:to(2,10) obl:on(2,14) punct(2,15) nmod:poss(6,3) amod(6,4) nummod(6,5) case(10,7) det(10,8) "
            + "amod(10,9) nmod:in(10,12) case(12,11) case(14,13)").sentence(
        "Latvia/Latvia/NNP/LOCATION 's/'s/POS justice/justice/NN ministry/ministry/NN said/say/VBD the/the/DT inmates/inmate/NNS "
            + "would/would/MD be/be/VB guarded/guard/VBN by/by/IN Latvian/latvian/JJ officers/officer/NNS and/and/CC that/that/IN "
            + "Norway/Norway/NNP/LOCATION would/would/MD pay/pay/VB about/about/RB 20/20/CD million/million/CD euros/euro/NNS a/a/DT year/year/NN "
            + "././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) ccomp(5,10) ccomp(5,18) punct(5,25) det(7,6) nsubj:pass(10,7) "
            + "aux(10,8) aux:pass(10,9) obl:agent(10,13) conj:and(10,18) case(13,11) amod(13,12) cc(18,14) mark(18,15) nsubj(18,16) aux(18,17) "
            + "obj(18,22) advmod(21,19) compound(21,20) nummod(22,21) obl:npmod(22,24) det(24,23)"), LocalDate.of(2026, 3, 13));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.matches("NOR\\w* LVACOP \\d+"));
  }
}
