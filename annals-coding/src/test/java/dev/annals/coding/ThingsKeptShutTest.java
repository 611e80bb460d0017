package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A visa-free programme suspended for a country's travellers, and kept shut when asked to restore
 * it; a border kept shut until another side acts refuses to yield to that side, and a blockade
 * kept up until another side pays threatens more protest; and an offer told in a saying is one
 * intent.
 */
class ThingsKeptShutTest {
  private static dev.annals.model.CodedArticle programmeSuspended() {
    // "Taiwan suspended a visa-free programme for Vietnamese tour groups on Monday. Vietnam's
    // representative office in Taipei asked Taiwan to restore the scheme. Taiwan's foreign
    // ministry said on Tuesday that the programme would stay closed until the travel agencies were
    // punished."
    return code(new HandBuiltText().sentence(
        "Taiwan/Taiwan/NNP/LOCATION suspended/suspend/VBD a/a/DT visa/visa/NN -/-/HYPH free/free/JJ programme/programme/NN for/for/IN "
            + "Vietnamese/Vietnamese/JJ tour/tour/NN groups/group/NNS on/on/IN Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,7) obl:on(2,13) punct(2,14) det(7,3) amod(7,6) nmod:for(7,11) obl:npmod(6,4) punct(6,5) case(11,8) "
            + "amod(11,9) compound(11,10) case(13,12)").sentence(
        "Vietnam/Vietnam/NNP/LOCATION 's/'s/POS representative/representative/JJ office/office/NN in/in/IN Taipei/Taipei/NNP/LOCATION "
            + "asked/ask/VBD Taiwan/Taiwan/NNP/LOCATION to/to/TO restore/restore/VB the/the/DT scheme/scheme/NN ././.",
        "root(0,7) nmod:poss(4,1) amod(4,3) nmod:in(4,6) case(1,2) nsubj(7,4) obj(7,8) xcomp(7,10) punct(7,13) case(6,5) nsubj:xsubj(10,8) "
            + "mark(10,9) obj(10,12) det(12,11)").sentence(
        "Taiwan/Taiwan/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD on/on/IN Tuesday/Tuesday/NNP "
            + "that/that/IN the/the/DT programme/programme/NN would/would/MD stay/stay/VB closed/closed/JJ until/until/IN the/the/DT "
            + "travel/travel/NN agencies/agency/NNS were/be/VBD punished/punish/VBN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,12) punct(5,20) case(7,6) mark(12,8) nsubj(12,10) "
            + "aux(12,11) xcomp(12,13) advcl:until(12,19) det(10,9) mark(19,14) nsubj:pass(19,17) aux:pass(19,18) det(17,15) compound(17,16)"), LocalDate.of(2026, 1, 20));
  }

  @Test
  void aVisaFreeProgrammeSuspendedForAPeopleIsASanctionOnTheirCountry() {
    assertThat(programmeSuspended().events()).extracting(e -> triple(e)).contains("TWN VNM 172");
  }

  @Test
  void sayingItWouldStayClosedRefusesToYieldToWhoAskedForItBack() {
    assertThat(programmeSuspended().events()).extracting(e -> triple(e)).contains("TWNGOV VNMGOV 124").doesNotContain("TWNGOV - 010");
  }

  @Test
  void aBorderKeptShutUntilAnotherSideActsRefusesToYieldToThatSideNotToWhoAsked() {
    // "Kyrgyzstan closed its border crossings with Tajikistan on Monday. The U.N. refugee agency
    // urged Bishkek to reopen the crossings for humanitarian cases. Kyrgyzstan's foreign ministry
    // said the border would stay shut until Dushanbe acted against smugglers."
    var article = code(new HandBuiltText().sentence(
        "Kyrgyzstan/Kyrgyzstan/NNP/LOCATION closed/close/VBD its/its/PRP$ border/border/NN crossings/crossing/NNS with/with/IN "
            + "Tajikistan/Tajikistan/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,5) obl:with(2,7) obl:on(2,9) punct(2,10) nmod:poss(5,3) compound(5,4) case(7,6) case(9,8)").sentence(
        "The/the/DT U.N./U.N./NNP/ORGANIZATION refugee/refugee/NN agency/agency/NN urged/urge/VBD Bishkek/Bishkek/NNP/LOCATION to/to/TO "
            + "reopen/reopen/VB the/the/DT crossings/crossing/NNS for/for/IN humanitarian/humanitarian/JJ cases/case/NNS ././.",
        "root(0,5) det(4,1) compound(4,2) compound(4,3) nsubj(5,4) obj(5,6) xcomp(5,8) punct(5,14) nsubj:xsubj(8,6) mark(8,7) obj(8,10) "
            + "obl:for(8,13) det(10,9) case(13,11) amod(13,12)").sentence(
        "Kyrgyzstan/Kyrgyzstan/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD the/the/DT border/border/NN "
            + "would/would/MD stay/stay/VB shut/shut/VBN until/until/IN Dushanbe/Dushanbe/NNP/LOCATION acted/act/VBD against/against/IN "
            + "smugglers/smuggler/NNS ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) ccomp(5,9) punct(5,16) det(7,6) nsubj(9,7) aux(9,8) xcomp(9,10) "
            + "advcl:until(9,13) mark(13,11) nsubj(13,12) obl:against(13,15) case(15,14)"), LocalDate.of(2026, 3, 18));
    assertThat(article.events()).extracting(e -> triple(e)).contains("KGZGOV TJKGOV 124").doesNotContain("KGZGOV UNHCR 124");
  }

  @Test
  void aBlockadeVillagersKeepUpUntilAnotherSidePaysIsAThreatOfProtestAndThePaymentOnlyItsCondition() {
    // "Fijian villagers blocked a road into an estate that Kiribati owns on Saturday. Their leaders
    // said the blockade would stay until Kiribati agreed to pay rent."
    var article = code(new HandBuiltText().sentence(
        "Fijian/Fijian/JJ villagers/villager/NNS blocked/block/VBD a/a/DT road/road/NN into/into/IN an/a/DT estate/estate/NN that/that/WDT "
            + "Kiribati/Kiribati/NNP/LOCATION owns/own/VBZ on/on/IN Saturday/Saturday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) punct(3,14) det(5,4) nmod:into(5,8) case(8,6) det(8,7) ref(8,9) acl:relcl(8,11) obj(11,8) "
            + "nsubj(11,10) obl:on(11,13) case(13,12)").sentence(
        "Their/they/PRP$ leaders/leader/NNS said/say/VBD the/the/DT blockade/blockade/NN would/would/MD stay/stay/VB until/until/IN "
            + "Kiribati/Kiribati/NNP/LOCATION agreed/agree/VBD to/to/TO pay/pay/VB rent/rent/NN ././.",
        "root(0,3) nmod:poss(2,1) nsubj(3,2) ccomp(3,7) punct(3,14) det(5,4) nsubj(7,5) aux(7,6) advcl:until(7,10) mark(10,8) nsubj(10,9) "
            + "xcomp(10,12) nsubj:xsubj(12,9) mark(12,11) obj(12,13)"), LocalDate.of(2026, 8, 19));
    assertThat(article.events()).extracting(e -> triple(e)).contains("FJICVL KIR 133");
    assertThat(article.events()).noneMatch(e -> e.source().code().startsWith("KIR"));
  }

  @Test
  void anOfferToMediateToldInASayingIsOneIntentToMediateNotTwo() {
    // "Fiji's lands ministry said on Tuesday that Kiribati's title to the estate was valid, but it
    // offered to mediate between the landowners and Kiribati."
    var article = code(new HandBuiltText().sentence(
        "Fiji/Fiji/NNP/LOCATION 's/'s/POS lands/land/NNS ministry/ministry/NN said/say/VBD on/on/IN Tuesday/Tuesday/NNP that/that/WDT "
            + "Kiribati/Kiribati/NNP/LOCATION 's/'s/POS title/title/NN to/to/IN the/the/DT estate/estate/NN was/be/VBD valid/valid/JJ ,/,/, "
            + "but/but/CC it/it/PRP offered/offer/VBD to/to/TO mediate/mediate/VB between/between/IN the/the/DT landowners/landowner/NNS "
            + "and/and/CC Kiribati/Kiribati/NNP/LOCATION ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,16) ccomp(5,20) punct(5,28) case(7,6) dep(16,8) "
            + "nsubj(16,11) cop(16,15) punct(16,17) conj:but(16,20) nmod:poss(11,9) nmod:to(11,14) case(9,10) case(14,12) det(14,13) cc(20,18) "
            + "nsubj(20,19) xcomp(20,22) nsubj:xsubj(22,19) mark(22,21) obl:between(22,25) obl:between(22,27) case(25,23) det(25,24) "
            + "conj:and(25,27) cc(27,26)"), LocalDate.of(2026, 8, 19));
    assertThat(article.events()).extracting(e -> triple(e)).contains("FJIGOV KIR 039");
    assertThat(article.events()).noneMatch(e -> e.type().code().equals("036"));
  }
}
