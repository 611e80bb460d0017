package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Days the parser hangs on the wrong verb: on a participle that says a man is sought, on a
 * relative clause of what stands, and on a clause of something planned years ahead; and a charge
 * that is no deed of the story.
 */
class SoughtMenAndJoinedActDaysTest {
  @Test
  void anArrestOfAManWantedForAGenocideIsOfTheDayToldAndTheGenocideIsOnlyTheCharge() {
    // "Kenyan police arrested a Rwandan man wanted for the 1994 genocide at a house in Nairobi on
    // Thursday, Rwanda's prosecution authority said." (Monday 13 April 2026)
    var article = code(
        new HandBuiltText().sentence(
        "Kenyan/Kenyan/JJ police/police/NNS arrested/arrest/VBD a/a/DT Rwandan/Rwandan/JJ man/man/NN wanted/want/VBD for/for/IN the/the/DT "
            + "1994/1994/CD genocide/genocide/NN at/at/IN a/a/DT house/house/NN in/in/IN Nairobi/Nairobi/NNP/LOCATION on/on/IN "
            + "Thursday/Thursday/NNP ,/,/, Rwanda/Rwanda/NNP/LOCATION 's/'s/POS prosecution/prosecution/NN authority/authority/NN said/say/VBD "
            + "././.",
        "root(0,3) amod(2,1) nsubj(3,2) ccomp(3,7) punct(3,19) parataxis(3,24) punct(3,25) det(6,4) amod(6,5) nsubj(7,6) obl:for(7,11) "
            + "obl:on(7,18) case(11,8) det(11,9) nummod(11,10) nmod:at(11,14) case(14,12) det(14,13) nmod:in(14,16) case(16,15) case(18,17) "
            + "nmod:poss(23,20) compound(23,22) case(20,21) nsubj(24,23)")
        , LocalDate.of(2026, 4, 13));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("173")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2026-04-09"));
    assertThat(article.events()).noneMatch(e -> e.type().rootCode().equals("20"));
  }

  @Test
  void anAgreementSignedAfterAnArrivalOnTuesdayIsTuesdaysThoughWhatItPlansBeginsIn2028() {
    // "Turkey's defence minister arrived in Jakarta on Tuesday and signed an agreement with
    // Indonesia's defence ministry to build combat drones in Bandung from 2028." (Saturday)
    var article = code(
        new HandBuiltText().sentence(
        "Turkey/Turkey/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN arrived/arrive/VBD in/in/IN "
            + "Jakarta/Jakarta/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP and/and/CC signed/sign/VBD an/a/DT agreement/agreement/NN with/with/IN "
            + "Indonesia/Indonesia/NNP/LOCATION 's/'s/POS defence/defence/NN ministry/ministry/NN to/to/TO build/build/VB combat/combat/NN "
            + "drones/drone/NNS in/in/IN Bandung/Bandung/NNP/LOCATION from/from/IN 2028/2028/CD ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:in(5,7) obl:on(5,9) conj:and(5,11) punct(5,27) nsubj(11,4) "
            + "cc(11,10) obj(11,13) xcomp(11,20) case(7,6) case(9,8) det(13,12) nmod:with(13,18) nsubj:xsubj(20,13) mark(20,19) obj(20,22) "
            + "obl:from(20,26) case(18,14) nmod:poss(18,15) compound(18,17) case(15,16) compound(22,21) nmod:in(22,24) case(24,23) case(26,25)")
        , LocalDate.of(2026, 9, 26));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("057")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2026-09-22"));
  }

  @Test
  void aDayHungOnAPresentRelativeClauseIsTheBlockadesThatTakesItsNoun() {
    // "Villagers blocked the only road into an estate that Kiribati owns on Fiji's island of
    // Vanua Levu on Saturday, demanding rent for their land." (Wednesday 19 August 2026)
    var article = code(new HandBuiltText().sentence(
        "Villagers/villager/NNS blocked/block/VBD the/the/DT only/only/JJ road/road/NN into/into/IN an/a/DT estate/estate/NN that/that/WDT "
            + "Kiribati/Kiribati/NNP/LOCATION owns/own/VBZ on/on/IN Fiji/Fiji/NNP/LOCATION 's/'s/POS island/island/NN of/of/IN "
            + "Vanua/Vanua/NNP/LOCATION Levu/Levu/NNP/LOCATION on/on/IN Saturday/Saturday/NNP ,/,/, demanding/demand/VBG rent/rent/NN for/for/IN "
            + "their/they/PRP$ land/land/NN ././.",
        "root(0,2) nsubj(2,1) obj(2,5) punct(2,21) dep(2,22) punct(2,27) det(5,3) amod(5,4) nmod:into(5,8) case(8,6) det(8,7) ref(8,9) "
            + "acl:relcl(8,11) obj(11,8) nsubj(11,10) obl:on(11,15) obl:on(11,20) case(15,12) nmod:poss(15,13) nmod:of(15,18) case(13,14) "
            + "case(18,16) compound(18,17) case(20,19) obj(22,23) obl:for(22,26) case(26,24) nmod:poss(26,25)"), LocalDate.of(2026, 8, 19));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("1442")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2026-08-15"));
  }
}
