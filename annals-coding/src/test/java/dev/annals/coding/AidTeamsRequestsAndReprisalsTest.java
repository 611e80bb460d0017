package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A team's arrival to help is that aid (ForceSentToHelp); what a request asks "for … to" on the
 * one asked is only asked for (ActsOnlyAskedFor); an appeal beside a cut in relations is made to
 * the government cut off (SharedAddressees, DemandsOfStatesForces); a lawyer speaks for the
 * client a possessive names (PhraseResolver); visas refused are an administrative sanction
 * (verbs.tsv); a response in kind announced answers the story's lead deed (AnnouncedReprisals).
 */
class AidTeamsRequestsAndReprisalsTest {
  @Test
  void aRescueTeamsArrivalToHelpIsTheAidNotAVisit() {
    // "An Emirati rescue team arrived in Kandy on Monday to help Sri Lanka recover from the cyclone."
    var article = code(new HandBuiltText().sentence(
        "An/a/DT Emirati/emirati/JJ rescue/rescue/NN team/team/NN arrived/arrive/VBD in/in/IN Kandy/Kandy/NNP/LOCATION on/on/IN "
            + "Monday/Monday/NNP to/to/TO help/help/VB Sri/Sri/NNP/LOCATION Lanka/Lanka/NNP/LOCATION recover/recover/VB from/from/IN the/the/DT "
            + "cyclone/cyclone/NN ././.",
        "root(0,5) det(4,1) amod(4,2) compound(4,3) nsubj(5,4) obl:in(5,7) obl:on(5,9) xcomp(5,11) punct(5,18) nsubj:xsubj(11,4) "
            + "mark(11,10) ccomp(11,14) case(7,6) case(9,8) compound(13,12) nsubj(14,13) obl:from(14,17) case(17,15) det(17,16)"), LocalDate.of(2025, 12, 11));
    assertThat(article.events()).extracting(e -> triple(e)).contains("ARE LKA 070").doesNotContain("ARE LKA 042");
  }

  @Test
  void anOfficialsArrivalToHelpStaysAVisit() {
    // "The Emirati foreign minister arrived in Kandy on Monday to help Sri Lanka recover from the
    // cyclone." (Passes on the code before the rule too: it guards the rule's limit.)
    var article = code(new HandBuiltText().sentence(
        "The/the/DT Emirati/emirati/JJ foreign/foreign/JJ minister/minister/NN arrived/arrive/VBD in/in/IN Kandy/Kandy/NNP/LOCATION "
            + "on/on/IN Monday/Monday/NNP to/to/TO help/help/VB Sri/Sri/NNP/LOCATION Lanka/Lanka/NNP/LOCATION recover/recover/VB from/from/IN "
            + "the/the/DT cyclone/cyclone/NN ././.",
        "root(0,5) det(4,1) amod(4,2) amod(4,3) nsubj(5,4) obl:in(5,7) obl:on(5,9) xcomp(5,11) punct(5,18) nsubj:xsubj(11,4) mark(11,10) "
            + "ccomp(11,14) case(7,6) case(9,8) compound(13,12) nsubj(14,13) obl:from(14,17) case(17,15) det(17,16)"), LocalDate.of(2025, 12, 11));
    assertThat(article.events()).extracting(e -> triple(e)).contains("AREGOV LKA 042");
  }

  @Test
  void helpAskedForOnTheOneAskedIsOnlyAskedFor() {
    // "Sri Lanka's foreign minister asked the Emirati ambassador for engineers to help Sri Lankan
    // farmers."
    var article = code(new HandBuiltText().sentence(
        "Sri/Sri/NNP/LOCATION Lanka/Lanka/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN asked/ask/VBD the/the/DT "
            + "Emirati/emirati/JJ/PERSON ambassador/ambassador/NN for/for/IN engineers/engineer/NNS to/to/TO help/help/VB Sri/sri/JJ "
            + "Lankan/lankan/JJ farmers/farmer/NNS ././.",
        "root(0,6) compound(2,1) case(2,3) nmod:poss(5,2) amod(5,4) nsubj(6,5) obj(6,9) punct(6,17) det(9,7) amod(9,8) acl:to(9,13) "
            + "mark(13,10) nsubj(13,11) mark(13,12) obj(13,16) amod(16,14) amod(16,15)"), LocalDate.of(2025, 12, 11));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("LKAGOV AREGOV 020");
  }

  @Test
  void anAppealBesideACutInRelationsIsMadeToTheGovernmentCutOff() {
    // "Sweden froze a police training programme in Tanzania on Monday and called for an independent
    // investigation."
    var article = code(new HandBuiltText().sentence(
        "Sweden/Sweden/NNP/LOCATION froze/freeze/VBD a/a/DT police/police/NN training/training/NN programme/programme/NN in/in/IN "
            + "Tanzania/Tanzania/NNP/LOCATION on/on/IN Monday/Monday/NNP and/and/CC called/call/VBN for/for/IN an/a/DT independent/independent/JJ "
            + "investigation/investigation/NN ././.",
        "root(0,2) nsubj(2,1) obj(2,6) obl:on(2,10) conj:and(2,12) punct(2,17) nsubj(12,1) cc(12,11) obl:for(12,16) det(6,3) compound(6,5) "
            + "nmod:in(6,8) compound(5,4) case(8,7) case(10,9) case(16,13) det(16,14) amod(16,15)"), LocalDate.of(2026, 1, 16));
    assertThat(article.events()).extracting(e -> triple(e)).contains("SWE TZAGOV 020");
  }

  @Test
  void aLawyerSpeaksForTheClientsThePossessiveNames() {
    // "Police in Dar es Salaam arrested two Chadema officials on Thursday, their lawyer said."
    var article = code(new HandBuiltText().sentence(
        "Police/police/NNS in/in/IN Dar/Dar/NNP/LOCATION es/es/NNP/LOCATION Salaam/Salaam/NNP/LOCATION arrested/arrest/VBD two/two/CD "
            + "Chadema/Chadema/NNP/LOCATION officials/official/NNS on/on/IN Thursday/Thursday/NNP ,/,/, their/they/PRP$ lawyer/lawyer/NN "
            + "said/say/VBD ././.",
        "root(0,15) nsubj(6,1) obj(6,9) obl:on(6,11) nmod:in(1,5) case(5,2) compound(5,3) compound(5,4) advcl(15,6) punct(15,12) "
            + "nsubj(15,14) punct(15,16) nummod(9,7) compound(9,8) case(11,10) nmod:poss(14,13)"), LocalDate.of(2026, 1, 16));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("010")).extracting(e -> e.source().code()).containsExactly("TZAOPP");
  }

  @Test
  void visasRefusedAreAnAdministrativeSanction() {
    // "Italy has refused visas to Belarus's sports minister."
    var article = code(new HandBuiltText().sentence(
        "Italy/Italy/NNP/LOCATION has/have/VBZ refused/refuse/VBN visas/visa/NNS to/to/IN Belarus/Belarus/NNP/LOCATION 's/'s/POS "
            + "sports/sport/NNS minister/minister/NN ././.",
        "root(0,3) nsubj(3,1) aux(3,2) obj(3,4) punct(3,10) nmod:to(4,9) case(9,5) nmod:poss(9,6) compound(9,8) case(6,7)"), LocalDate.of(2026, 2, 4));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("ITA BLRGOV 172");
  }

  @Test
  void aResponseInKindAnnouncedAnswersTheLeadDeedOnOnesSide() {
    // "Italy refused visas to Belarus's sports minister on Monday. Minsk summoned Italy's envoy.
    // Rome said the officials were under sanctions. The committee said it regretted the dispute.
    // Belarus said it would respond in kind."
    var article = code(new HandBuiltText().sentence(
        "Italy/Italy/NNP/LOCATION refused/refuse/VBD visas/visa/NNS to/to/IN Belarus/Belarus/NNP/LOCATION 's/'s/POS sports/sport/NNS "
            + "minister/minister/NN on/on/IN Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:to(2,8) obl:on(2,10) punct(2,11) case(8,4) nmod:poss(8,5) compound(8,7) case(5,6) case(10,9)").sentence(
        "Minsk/Minsk/NNP/LOCATION summoned/summon/VBD Italy/Italy/NNP/LOCATION 's/'s/POS envoy/envoy/NN ././.",
        "root(0,2) nsubj(2,1) obj(2,5) punct(2,6) nmod:poss(5,3) case(3,4)").sentence(
        "Rome/Rome/NNP/LOCATION said/say/VBD the/the/DT officials/official/NNS were/be/VBD under/under/IN sanctions/sanction/NNS ././.",
        "root(0,2) nsubj(2,1) ccomp(2,7) punct(2,8) det(4,3) nsubj(7,4) cop(7,5) case(7,6)").sentence(
        "The/the/DT committee/committee/NN said/say/VBD it/it/PRP regretted/regret/VBD the/the/DT dispute/dispute/NN ././.",
        "root(0,3) det(2,1) nsubj(3,2) ccomp(3,5) punct(3,8) nsubj(5,4) obj(5,7) det(7,6)").sentence(
        "Belarus/Belarus/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD respond/respond/VB in/in/IN kind/kind/NN ././.",
        "root(0,2) nsubj(2,1) ccomp(2,5) punct(2,8) nsubj(5,3) aux(5,4) obl:in(5,7) case(7,6)"), LocalDate.of(2026, 2, 4));
    assertThat(article.events()).extracting(e -> triple(e)).contains("BLR ITA 1384");
  }
}
