package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Protests against mass tourism: water sprayed at tourists is unruly protest aimed at them; a
 * state's travel advice to its own people is a statement; "the government" that a minister says
 * will not act is the minister's; a statement stays beside an act it says will not happen; and
 * "the organisers" are those who marched, whose accusation after "would march … and" is made now.
 */
class TourismProtestsTest {
  private static final LocalDate REPORTED = LocalDate.of(2026, 6, 29);

  @Test
  void waterSprayedAtTouristsIsUnrulyProtestAimedAtThem() {
    // "Several thousand people marched through Palma on Saturday against mass tourism, and some protesters sprayed water at German holidaymakers outside bars, Spanish police said."
    var article = code(new HandBuiltText().sentence(
        "Several/several/JJ thousand/thousand/CD people/person/NNS marched/march/VBD through/through/IN Palma/Palma/NNP/LOCATION on/on/IN "
            + "Saturday/Saturday/NNP against/against/IN mass/mass/JJ tourism/tourism/NN ,/,/, and/and/CC some/some/DT protesters/protester/NNS "
            + "sprayed/spray/VBD water/water/NN at/at/IN German/German/JJ holidaymakers/holidaymaker/NNS outside/outside/IN bars/bar/NNS ,/,/, "
            + "Spanish/Spanish/JJ police/police/NN said/say/VBD ././.",
        "root(0,26) advmod(2,1) nummod(3,2) nsubj(4,3) obl:through(4,6) obl:on(4,8) obl:against(4,11) punct(4,12) conj:and(4,16) "
            + "ccomp(26,4) ccomp(26,16) punct(26,23) nsubj(26,25) punct(26,27) case(6,5) case(8,7) case(11,9) amod(11,10) cc(16,13) nsubj(16,15) "
            + "obj(16,17) obl:at(16,20) obl:outside(16,22) det(15,14) case(20,18) amod(20,19) case(22,21) amod(25,24)"), REPORTED);
    assertThat(article.events()).extracting(e -> triple(e)).contains("ESPCVL DEUCVL 145");
  }

  @Test
  void travelAdviceToItsOwnPeopleIsAStatementNotADemand() {
    // "Germany's foreign office updated its travel advice for Spain on Sunday, telling travellers to avoid the demonstrations."
    var article = code(new HandBuiltText().sentence(
        "Germany/Germany/NNP/LOCATION 's/'s/POS foreign/foreign/JJ office/office/NN updated/update/VBN its/its/PRP$ travel/travel/NN "
            + "advice/advice/NN for/for/IN Spain/Spain/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ,/,/, telling/tell/VBG travellers/traveller/NNS "
            + "to/to/TO avoid/avoid/VB the/the/DT demonstrations/demonstration/NNS ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:on(5,12) punct(5,13) dep(5,14) punct(5,20) nmod:poss(8,6) "
            + "compound(8,7) nmod:for(8,10) case(10,9) case(12,11) obj(14,15) xcomp(14,17) nsubj:xsubj(17,15) mark(17,16) obj(17,19) det(19,18)"), REPORTED);
    assertThat(article.events()).extracting(e -> triple(e)).contains("DEUGOV DEUCVL 010").noneMatch(t -> t.endsWith(" 100"));
  }

  @Test
  void theGovernmentAMinisterSaysWillNotActIsHisAndHisStatementStays() {
    // "Germany's foreign office updated its travel advice for Spain on Sunday, telling travellers to avoid the demonstrations, and
    // Germany's ambassador asked the Balearic government to protect visitors. Spain's tourism minister said on Monday that
    // holidaymakers had nothing to fear and that residents "welcome our guests", but that the government would not restrict the
    // right to protest."
    var article = code(new HandBuiltText().sentence(
        "Germany/Germany/NNP/LOCATION 's/'s/POS foreign/foreign/JJ office/office/NN updated/update/VBN its/its/PRP$ travel/travel/NN "
            + "advice/advice/NN for/for/IN Spain/Spain/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ,/,/, telling/tell/VBG travellers/traveller/NNS "
            + "to/to/TO avoid/avoid/VB the/the/DT demonstrations/demonstration/NNS ,/,/, and/and/CC Germany/Germany/NNP/LOCATION 's/'s/POS "
            + "ambassador/ambassador/NN asked/ask/VBD the/the/DT Balearic/balearic/JJ government/government/NN to/to/TO protect/protect/VB "
            + "visitors/visitor/NNS ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:on(5,12) punct(5,13) dep(5,14) punct(5,20) conj:and(5,25) "
            + "punct(5,32) nmod:poss(8,6) compound(8,7) nmod:for(8,10) case(10,9) case(12,11) obj(14,15) xcomp(14,17) nsubj:xsubj(17,15) "
            + "mark(17,16) obj(17,19) det(19,18) cc(25,21) nsubj(25,24) obj(25,28) xcomp(25,30) nmod:poss(24,22) case(22,23) det(28,26) "
            + "amod(28,27) nsubj:xsubj(30,28) mark(30,29) obj(30,31)").sentence(
        "Spain/Spain/NNP/LOCATION 's/'s/POS tourism/tourism/NN minister/minister/NN said/say/VBD on/on/IN Monday/Monday/NNP that/that/WDT "
            + "holidaymakers/holidaymaker/NNS had/have/VBD nothing/nothing/NN to/to/TO fear/fear/VB and/and/CC that/that/IN "
            + "residents/resident/NNS “/“/`` welcome/welcome/VBP our/we/PRP$ guests/guest/NNS ”/”/'' ,/,/, but/but/CC that/that/IN the/the/DT "
            + "government/government/NN would/would/MD not/not/RB restrict/restrict/VB the/the/DT right/right/NN to/to/TO protest/protest/VB "
            + "././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,10) ccomp(5,29) punct(5,34) case(7,6) dep(10,8) "
            + "nsubj(10,9) obj(10,11) ccomp(10,13) ccomp(10,18) punct(10,22) conj:but(10,29) mark(13,12) conj:and(13,18) cc(18,14) mark(18,15) "
            + "nsubj(18,16) punct(18,17) obj(18,20) punct(18,21) nmod:poss(20,19) cc(29,23) mark(29,24) nsubj(29,26) aux(29,27) advmod(29,28) "
            + "obj(29,31) xcomp(29,33) det(26,25) det(31,30) nsubj:xsubj(33,31) mark(33,32)"), REPORTED);
    assertThat(article.events()).extracting(e -> triple(e)).contains("ESPGOV - 010");
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("1721")).extracting(e -> e.source().code()).containsExactly("ESPGOV");
  }

  @Test
  void theOrganisersAreThoseWhoMarchedAndTheirAccusationIsMadeNow() {
    // "Several thousand people marched through Palma on Saturday against mass tourism. Spain's tourism minister said on Monday that holidaymakers had nothing to fear. The organisers said they would march again in Ibiza next month and accused German investors of buying up homes on the islands."
    var article = code(new HandBuiltText().sentence(
        "Several/several/JJ thousand/thousand/CD people/person/NNS marched/march/VBD through/through/IN Palma/Palma/NNP/LOCATION on/on/IN "
            + "Saturday/Saturday/NNP against/against/IN mass/mass/JJ tourism/tourism/NN ././.",
        "root(0,4) advmod(2,1) nummod(3,2) nsubj(4,3) obl:through(4,6) obl:on(4,8) obl:against(4,11) punct(4,12) case(6,5) case(8,7) "
            + "case(11,9) amod(11,10)").sentence(
        "Spain/Spain/NNP/LOCATION 's/'s/POS tourism/tourism/NN minister/minister/NN said/say/VBD on/on/IN Monday/Monday/NNP that/that/WDT "
            + "holidaymakers/holidaymaker/NNS had/have/VBD nothing/nothing/NN to/to/TO fear/fear/VB ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,10) punct(5,14) case(7,6) dep(10,8) nsubj(10,9) "
            + "obj(10,11) ccomp(10,13) mark(13,12)").sentence(
        "The/the/DT organisers/organiser/NNS said/say/VBD they/they/PRP would/would/MD march/march/VB again/again/RB in/in/IN "
            + "Ibiza/Ibiza/NNP/LOCATION next/next/JJ month/month/NN and/and/CC accused/accuse/VBN German/German/JJ investors/investor/NNS "
            + "of/of/IN buying/buy/VBG up/up/RP homes/home/NNS on/on/IN the/the/DT islands/island/NNS ././.",
        "root(0,3) det(2,1) nsubj(3,2) ccomp(3,6) ccomp(3,13) punct(3,23) nsubj(6,4) aux(6,5) advmod(6,7) obl:in(6,9) obl:tmod(6,11) "
            + "conj:and(6,13) nsubj(13,4) cc(13,12) obj(13,15) advcl:of(13,17) case(9,8) amod(11,10) amod(15,14) case(17,16) compound:prt(17,18) "
            + "obj(17,19) obl:on(17,22) case(22,20) det(22,21)"), REPORTED);
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("112")).extracting(e -> triple(e) + " " + e.date().value())
        .containsExactly("ESPCVL DEUBUS 112 2026-06-29");
  }
}
