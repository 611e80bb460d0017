package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Consulates that stop taking applications, the consulate in the host's city, and lawyers for families. */
class ConsulatesAndTheirApplicantsTest {
  @Test
  void applicationsNoLongerTakenAbroadRestrictThePeopleThere() {
    // "Italy's consulates in Argentina stopped accepting new applications for citizenship": a restriction (verbs.tsv) on the people of the place the doer is in (ConventionalTargets).
    var article = code(new HandBuiltText().sentence(
        "Italy/Italy/NNP/LOCATION 's/'s/POS consulates/consulate/NNS in/in/IN Argentina/Argentina/NNP/LOCATION stopped/stop/VBD "
            + "accepting/accept/VBG new/new/JJ applications/application/NNS for/for/IN citizenship/citizenship/NN on/on/IN Monday/Monday/NNP "
            + "././.",
        "root(0,6) nmod:poss(3,1) nmod:in(3,5) case(1,2) nsubj(6,3) xcomp(6,7) punct(6,14) case(5,4) obj(7,9) obl:on(7,13) amod(9,8) "
            + "nmod:for(9,11) case(11,10) case(13,12)"), LocalDate.of(2026, 7, 8));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("172")).extracting(e -> triple(e)).containsExactly("ITAGOV ARGCVL 172");
  }

  @Test
  void theConsulateInTheHostCityIsTheSendingStates() {
    // "Italy's consulates in Argentina … rallied outside the consulate in Buenos Aires": the consulate is Italy's, not Argentina's government (PhraseResolver.missionOfAnotherState, NounAnaphora.missionAnaphor).
    var article = code(new HandBuiltText().sentence(
        "Italy/Italy/NNP/LOCATION 's/'s/POS consulates/consulate/NNS in/in/IN Argentina/Argentina/NNP/LOCATION stopped/stop/VBD "
            + "accepting/accept/VBG new/new/JJ applications/application/NNS on/on/IN Monday/Monday/NNP ././.",
        "root(0,6) nmod:poss(3,1) nmod:in(3,5) case(1,2) nsubj(6,3) xcomp(6,7) punct(6,12) case(5,4) obj(7,9) obl:on(7,11) amod(9,8) "
            + "case(11,10)").sentence(
        "About/about/RB 2,000/2000/CD people/person/NNS rallied/rally/VBD outside/outside/IN the/the/DT consulate/consulate/NN in/in/IN "
            + "Buenos/Buenos/NNP/LOCATION Aires/Aires/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,4) advmod(2,1) nummod(3,2) nsubj(4,3) obl:outside(4,7) obl:on(4,12) punct(4,13) case(7,5) det(7,6) nmod:in(7,10) case(10,8) "
            + "compound(10,9) case(12,11)"), LocalDate.of(2026, 7, 8));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("141")).extracting(e -> triple(e)).containsExactly("ARGCVL ITAGOV 141");
  }

  @Test
  void lawyersForFamiliesActForTheFamilies() {
    // "Lawyers for several families said they would challenge the measure in Italian courts": the families' lawyers, not the judiciary (PhraseResolver);
    // the case, brought in Italy's courts, is aimed at the government whose measure it contests (LawsuitsBeforeCourts).
    var article = code(new HandBuiltText().sentence(
        "Italy/Italy/NNP/LOCATION froze/freeze/VBD applications/application/NNS for/for/IN citizenship/citizenship/NN on/on/IN "
            + "Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,7) punct(2,8) nmod:for(3,5) case(5,4) case(7,6)").sentence(
        "Lawyers/lawyer/NNS for/for/IN several/several/JJ families/family/NNS said/say/VBD they/they/PRP would/would/MD "
            + "challenge/challenge/VB the/the/DT measure/measure/NN in/in/IN Italian/Italian/JJ courts/court/NNS ././.",
        "root(0,5) nsubj(5,1) ccomp(5,8) punct(5,14) nmod:for(1,4) case(4,2) amod(4,3) nsubj(8,6) aux(8,7) obj(8,10) obl:in(8,13) det(10,9) "
            + "case(13,11) amod(13,12)"), LocalDate.of(2026, 7, 8));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("115")).extracting(e -> triple(e)).containsExactly("ITACVL ITAGOV 115");
  }

  @Test
  void accountsOfAnEmbassyAreNoMission() {
    // "bank accounts of the Republic of Congo's embassy … talks on the embassy's status": the embassy is the state's mission, not the accounts, which are no mission.
    var article = code(new HandBuiltText().sentence(
        "A/a/DT Paris/Paris/NNP/LOCATION court/court/NN allowed/allow/VBD a/a/DT company/company/NN to/to/TO seize/seize/VB funds/fund/NNS "
            + "held/hold/VBN in/in/IN bank/bank/NN accounts/account/NNS of/of/IN the/the/DT Republic/Republic/NNP/LOCATION of/of/IN/LOCATION "
            + "Congo/Congo/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN France/France/NNP/LOCATION ././.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) obj(4,6) xcomp(4,8) punct(4,23) det(6,5) nsubj:xsubj(8,6) mark(8,7) obj(8,9) acl(9,10) "
            + "obl:in(10,13) case(13,11) compound(13,12) nmod:of(13,16) case(16,14) det(16,15) nmod:'s(16,18) dep(16,20) case(18,17) case(18,19) "
            + "nmod:in(20,22) case(22,21)").sentence(
        "France/France/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN offered/offer/VBN to/to/TO hold/hold/VB "
            + "talks/talk/NNS on/on/IN the/the/DT embassy/embassy/NN 's/'s/POS status/status/NN on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) xcomp(5,7) punct(5,16) nsubj:xsubj(7,4) mark(7,6) obj(7,8) obl:on(7,15) "
            + "nmod:on(8,13) case(13,9) nmod:poss(13,11) det(11,10) case(11,12) case(15,14)"), LocalDate.of(2026, 1, 23));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("036")).extracting(e -> triple(e)).containsExactly("FRAGOV COGGOV 036");
  }
}
