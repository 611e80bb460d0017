package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Foreigners ordered out, refugee protection stopped, ministers and ministries placed, easing and refusal said together. */
class OrdersToLeaveAndProtectionEndedTest {
  @Test
  void foreignResearchersWhoMustLeaveAreExpelled() {
    // "… rejected the criticism on Tuesday and said the Chinese researchers working at the site must leave": the researchers are what "said" reports of, not its object (ReportedSubjectReadAsObject), and a government saying another country's people must leave expels them (MustDemands).
    var article = code(new HandBuiltText().sentence(
        "Iceland/Iceland/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN rejected/reject/VBD the/the/DT "
            + "criticism/criticism/NN on/on/IN Tuesday/Tuesday/NNP and/and/CC said/say/VBD the/the/DT Chinese/Chinese/JJ "
            + "researchers/researcher/NNS working/work/VBG at/at/IN the/the/DT site/site/NN must/must/MD leave/leave/VB by/by/IN the/the/DT "
            + "end/end/NN of/of/IN the/the/DT month/month/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) conj:and(5,11) dep(5,20) punct(5,27) nsubj(11,4) cc(11,10) "
            + "obj(11,14) det(7,6) nmod:on(7,9) case(9,8) det(14,12) amod(14,13) acl(14,15) obl:at(15,18) case(18,16) det(18,17) aux(20,19) "
            + "obl:by(20,23) case(23,21) det(23,22) nmod:of(23,26) case(26,24) det(26,25)"), LocalDate.of(2026, 1, 22));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("174")).extracting(e -> triple(e)).containsExactly("ISLGOV CHNEDU 174");
  }

  @Test
  void foreignTroopsWhoMustLeaveAreAskedNotExpelled() {
    // "said the Chinese troops must leave": leaving is demanded of a state's forces, not ordered.
    var article = code(new HandBuiltText().sentence(
        "Iceland/Iceland/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN said/say/VBD the/the/DT Chinese/Chinese/JJ "
            + "troops/troop/NNS must/must/MD leave/leave/VB by/by/IN the/the/DT end/end/NN of/of/IN the/the/DT month/month/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) ccomp(5,10) punct(5,17) det(8,6) amod(8,7) nsubj(10,8) aux(10,9) "
            + "obl:by(10,13) case(13,11) det(13,12) nmod:of(13,16) case(16,14) det(16,15)"), LocalDate.of(2026, 1, 22));
    assertThat(article.events()).noneMatch(e -> e.type().code().equals("174"));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("100")).extracting(e -> triple(e)).containsExactly("ISLGOV CHNGOV 100");
  }

  @Test
  void stoppingTemporaryProtectionCutsAidAndRefusesNoOne() {
    // "Estonia will stop extending temporary protection to Ukrainian men": the shelter given refugees (075, verbs.tsv) stopped is aid cut (StoppedCooperation), no refusal (AnnouncedActs).
    var article = code(new HandBuiltText().sentence(
        "Estonia/Estonia/NNP/LOCATION will/will/MD stop/stop/VB extending/extend/VBG temporary/temporary/JJ protection/protection/NN "
            + "to/to/IN Ukrainian/ukrainian/JJ men/man/NNS from/from/IN January/January/NNP ,/,/, the/the/DT interior/interior/NN "
            + "minister/minister/NN told/tell/VBD parliament/parliament/NN on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,16) nsubj(3,1) aux(3,2) xcomp(3,4) ccomp(16,3) punct(16,12) nsubj(16,15) obj(16,17) obl:on(16,19) punct(16,20) obj(4,6) "
            + "obl:to(4,9) obl:from(4,11) amod(6,5) case(9,7) amod(9,8) case(11,10) det(15,13) compound(15,14) case(19,18)"), LocalDate.of(2026, 9, 10));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("162")).extracting(e -> triple(e)).containsExactly("EST UKRCVL 162");
  }

  @Test
  void aMinisterClosingTheSentenceIsOfTheStateItTells() {
    // "Estonia will change the rules …, the interior minister told parliament": the minister is Estonia's (PhraseResolver), and what he tells parliament is no demand of it (VerbObjects).
    var article = code(new HandBuiltText().sentence(
        "Estonia/Estonia/NNP/LOCATION will/will/MD change/change/VB the/the/DT rules/rule/NNS for/for/IN Ukrainian/ukrainian/JJ men/man/NNS "
            + "from/from/IN January/January/NNP ,/,/, the/the/DT interior/interior/NN minister/minister/NN told/tell/VBD parliament/parliament/NN "
            + "on/on/IN Tuesday/Tuesday/NNP ,/,/, saying/say/VBG Ukraine/Ukraine/NNP/LOCATION needed/need/VBD them/they/PRP at/at/IN home/home/NN "
            + "././.",
        "root(0,3) nsubj(3,1) aux(3,2) obj(3,5) obl:from(3,10) punct(3,11) parataxis(3,15) punct(3,26) det(5,4) nmod:for(5,8) case(8,6) "
            + "amod(8,7) case(10,9) det(14,12) compound(14,13) nsubj(15,14) obj(15,16) obl:on(15,18) punct(15,19) dep(15,20) case(18,17) "
            + "ccomp(20,22) nsubj(22,21) obj(22,23) obl:at(22,25) case(25,24)"), LocalDate.of(2026, 9, 10));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("010")).extracting(e -> triple(e)).containsExactly("ESTGOV - 010");
    assertThat(article.events()).noneMatch(e -> e.type().code().equals("100"));
  }

  @Test
  void theInteriorMinistryIsThatOfTheInteriorMinisterToldBefore() {
    // "the interior minister told parliament … Ukraine's foreign ministry welcomed … The interior ministry later accused Kyiv" (NounAnaphora.portfolioAnaphor).
    var article = code(new HandBuiltText().sentence(
        "Estonia/Estonia/NNP/LOCATION will/will/MD stop/stop/VB the/the/DT scheme/scheme/NN ,/,/, the/the/DT interior/interior/NN "
            + "minister/minister/NN told/tell/VBD parliament/parliament/NN on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,10) nsubj(3,1) aux(3,2) obj(3,5) ccomp(10,3) punct(10,6) nsubj(10,9) obj(10,11) obl:on(10,13) punct(10,14) det(5,4) "
            + "det(9,7) compound(9,8) case(13,12)").sentence(
        "Ukraine/Ukraine/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN welcomed/welcome/VBD the/the/DT "
            + "decision/decision/NN on/on/IN Wednesday/Wednesday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,10) det(7,6) nmod:on(7,9) case(9,8)").sentence(
        "The/the/DT interior/interior/NNP/ORGANIZATION ministry/ministry/NN/ORGANIZATION later/later/RB/ORGANIZATION "
            + "accused/accuse/VBD/ORGANIZATION Kyiv/Kyiv/NNP/ORGANIZATION of/of/IN spreading/spread/VBG rumours/rumour/NNS ././.",
        "root(0,5) det(3,1) compound(3,2) nsubj(5,3) advmod(5,4) obj(5,6) obl:of(5,9) punct(5,10) case(9,7) amod(9,8)"), LocalDate.of(2026, 9, 10));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("112")).extracting(e -> triple(e)).containsExactly("ESTGOV UKRGOV 112");
  }

  @Test
  void aForeignMinistryOfTwoStatesToldBeforeNamesNeither() {
    // "Colombia's foreign ministry … Israel's foreign ministry … marched to the foreign ministry in Bogota": the word names neither.
    var article = code(new HandBuiltText().sentence(
        "Colombia/Colombia/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN condemned/condemn/VBD the/the/DT raid/raid/NN "
            + "././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)").sentence(
        "Israel/Israel/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN rejected/reject/VBD the/the/DT criticism/criticism/NN "
            + "././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)").sentence(
        "Hundreds/hundred/NNS of/of/IN people/person/NNS marched/march/VBD to/to/IN the/the/DT foreign/foreign/JJ ministry/ministry/NN "
            + "in/in/IN Bogota/Bogota/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,4) det:qmod(3,1) fixed(1,2) nsubj(4,3) obl:to(4,8) obl:in(4,10) obl:on(4,12) punct(4,13) case(8,5) det(8,6) amod(8,7) "
            + "case(10,9) case(12,11)"), LocalDate.of(2026, 5, 12));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("141")).extracting(e -> triple(e)).containsExactly("COLCVL COLGOV 141");
  }

  @Test
  void peopleAllowedToStayAreEasedTowardsByTheState() {
    // "The Estonian ministry later said Ukrainian men with jobs or university places would be allowed to stay": a passive easing (verbs.tsv, implied-authorities.tsv) whose subject stays passive (ReportedSubjectReadAsObject).
    var article = code(new HandBuiltText().sentence(
        "The/the/DT Estonian/estonian/JJ ministry/ministry/NN later/later/RB said/say/VBD Ukrainian/ukrainian/JJ men/man/NNS with/with/IN "
            + "jobs/job/NNS or/or/CC university/university/NN places/place/NNS would/would/MD be/be/VB allowed/allow/VBN to/to/TO stay/stay/VB "
            + "././.",
        "root(0,5) det(3,1) amod(3,2) nsubj(5,3) advmod(5,4) ccomp(5,15) punct(5,18) amod(7,6) nmod:with(7,9) nmod:with(7,12) "
            + "nsubj:pass(15,7) aux(15,13) aux:pass(15,14) xcomp(15,17) nsubj:xsubj(17,7) mark(17,16) case(9,8) conj:or(9,12) cc(12,10) "
            + "compound(12,11)"), LocalDate.of(2026, 9, 10));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("0351")).extracting(e -> triple(e)).containsExactly("ESTGOV UKRCVL 0351");
  }

  @Test
  void aSecondThatClauseIsWhatTheSameSayingReports() {
    // "said men with jobs would be allowed to stay, but that it would not reverse the decision": "that it would not reverse" is what "said" reports too (SecondThatClauseHungOnFirst), a refusal of the appeal.
    var article = code(new HandBuiltText().sentence(
        "The/the/DT UN/UN/NNP/ORGANIZATION urged/urge/VBD Tallinn/Tallinn/NNP/LOCATION to/to/TO reverse/reverse/VB the/the/DT "
            + "decision/decision/NN ././.",
        "root(0,3) det(2,1) nsubj(3,2) obj(3,4) xcomp(3,6) punct(3,9) nsubj:xsubj(6,4) mark(6,5) obj(6,8) det(8,7)").sentence(
        "The/the/DT Estonian/estonian/JJ ministry/ministry/NN later/later/RB said/say/VBD Ukrainian/ukrainian/JJ men/man/NNS with/with/IN "
            + "jobs/job/NNS would/would/MD be/be/VB allowed/allow/VBN to/to/TO stay/stay/VB ,/,/, but/but/CC that/that/IN it/it/PRP "
            + "would/would/MD not/not/RB reverse/reverse/VB the/the/DT decision/decision/NN ././.",
        "root(0,5) det(3,1) amod(3,2) nsubj(5,3) advmod(5,4) ccomp(5,12) punct(5,15) conj:but(5,21) punct(5,24) amod(7,6) nmod:with(7,9) "
            + "nsubj:pass(12,7) aux(12,10) aux:pass(12,11) xcomp(12,14) nsubj:xsubj(14,7) mark(14,13) case(9,8) cc(21,16) mark(21,17) "
            + "nsubj(21,18) aux(21,19) advmod(21,20) obj(21,23) det(23,22)"), LocalDate.of(2026, 9, 10));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("124")).extracting(e -> triple(e)).containsExactly("ESTGOV UN 124");
  }

  @Test
  void theVisitingMinisterIsTheOneWhoFlewAbroad() {
    // "Australia's Pacific minister flew to Apia … The visiting minister promised to send more welfare officers" (PhraseResolver.visitingOne).
    var article = code(new HandBuiltText().sentence(
        "Samoa/Samoa/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN demanded/demand/VBD an/a/DT inquiry/inquiry/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)").sentence(
        "Australia/Australia/NNP/LOCATION 's/'s/POS Pacific/Pacific/NNP minister/minister/NNP flew/fly/VBD to/to/IN Apia/Apia/NNP/LOCATION "
            + "on/on/IN Monday/Monday/NNP for/for/IN talks/talk/NNS with/with/IN the/the/DT prime/prime/JJ minister/minister/NN ,/,/, the/the/DT "
            + "Australian/Australian/JJ high/high/JJ commission/commission/NN said/say/VBD ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:to(5,7) obl:on(5,9) obl:for(5,11) punct(5,22) case(7,6) case(9,8) "
            + "case(11,10) nmod:with(11,15) case(15,12) det(15,13) amod(15,14) punct(15,16) dep(15,21) det(20,17) amod(20,18) amod(20,19) "
            + "nsubj(21,20)").sentence(
        "The/the/DT visiting/visit/VBG minister/minister/NN promised/promise/VBD to/to/TO send/send/VB more/more/JJR welfare/welfare/NN "
            + "officers/officer/NNS ././.",
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) xcomp(4,6) punct(4,10) nsubj:xsubj(6,3) mark(6,5) obj(6,9) amod(9,7) compound(9,8)"), LocalDate.of(2026, 5, 28));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("153")).extracting(e -> triple(e)).containsExactly("AUSGOV - 153");
  }

  @Test
  void theVisitorWhoFlewAbroadIsNotTheLastMinisterNamed() {
    // "Australia's Pacific minister flew to Apia on Monday for talks with Samoa's prime minister. The visiting minister promised …": flying to another country is the visit (PhraseResolver.visitingOne).
    var article = code(new HandBuiltText().sentence(
        "Samoa/Samoa/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN demanded/demand/VBD an/a/DT inquiry/inquiry/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)").sentence(
        "Australia/Australia/NNP/LOCATION 's/'s/POS Pacific/Pacific/NNP minister/minister/NNP flew/fly/VBD to/to/IN Apia/Apia/NNP/LOCATION "
            + "on/on/IN Monday/Monday/NNP for/for/IN talks/talk/NNS with/with/IN Samoa/Samoa/NNP/LOCATION 's/'s/POS prime/prime/JJ "
            + "minister/minister/NN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obl:to(5,7) obl:on(5,9) obl:for(5,11) punct(5,17) case(7,6) case(9,8) "
            + "case(11,10) nmod:with(11,16) case(16,12) nmod:poss(16,13) amod(16,15) case(13,14)").sentence(
        "The/the/DT visiting/visit/VBG minister/minister/NN promised/promise/VBD to/to/TO send/send/VB more/more/JJR welfare/welfare/NN "
            + "officers/officer/NNS ././.",
        "root(0,4) det(3,1) amod(3,2) nsubj(4,3) xcomp(4,6) punct(4,10) nsubj:xsubj(6,3) mark(6,5) obj(6,9) amod(9,7) compound(9,8)"), LocalDate.of(2026, 5, 28));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("153")).extracting(e -> triple(e)).containsExactly("AUSGOV - 153");
  }

  @Test
  void whatAMinisterTellsParliamentAStateWillStopIsNoDemand() {
    // "Estonia will stop the scheme …, the interior minister told parliament": a clause told before "told" is a report, not what parliament is told to stop (VerbObjects).
    var article = code(new HandBuiltText().sentence(
        "Estonia/Estonia/NNP/LOCATION will/will/MD stop/stop/VB the/the/DT scheme/scheme/NN for/for/IN Ukrainian/ukrainian/JJ men/man/NNS "
            + "from/from/IN January/January/NNP ,/,/, the/the/DT interior/interior/NN minister/minister/NN told/tell/VBD parliament/parliament/NN "
            + "on/on/IN Tuesday/Tuesday/NNP ,/,/, saying/say/VBG Ukraine/Ukraine/NNP/LOCATION needed/need/VBD them/they/PRP at/at/IN home/home/NN "
            + "././.",
        "root(0,15) nsubj(3,1) aux(3,2) obj(3,5) obl:from(3,10) ccomp(15,3) punct(15,11) nsubj(15,14) obj(15,16) obl:on(15,18) punct(15,19) "
            + "dep(15,20) punct(15,26) det(5,4) nmod:for(5,8) case(8,6) amod(8,7) case(10,9) det(14,12) compound(14,13) case(18,17) ccomp(20,22) "
            + "nsubj(22,21) obj(22,23) obl:at(22,25) case(25,24)"), LocalDate.of(2026, 9, 10));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("010")).extracting(e -> triple(e)).containsExactly("ESTGOV - 010");
    assertThat(article.events()).noneMatch(e -> e.type().code().equals("100"));
  }

  @Test
  void temporaryProtectionIsShelterNotArmedProtection() {
    // "Poland extended temporary protection to Ukrainian refugees on Monday" (verbs.tsv).
    var article = code(new HandBuiltText().sentence(
        "Poland/Poland/NNP/LOCATION extended/extend/VBD temporary/temporary/JJ protection/protection/NN to/to/IN Ukrainian/ukrainian/JJ "
            + "refugees/refugee/NNS on/on/IN Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,4) obl:to(2,7) obl:on(2,9) punct(2,10) amod(4,3) case(7,5) amod(7,6) case(9,8)"), LocalDate.of(2026, 9, 10));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("075")).extracting(e -> triple(e)).containsExactly("POL UKRREF 075");
  }
}
