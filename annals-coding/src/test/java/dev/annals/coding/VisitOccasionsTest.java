package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Occasions a clause names or goes on with date it by an act told before (OccasionDates). */
class VisitOccasionsTest {
  // Published Friday 2023-05-12: "Hungary held talks with Serbia in Belgrade on Wednesday. Croatia
  // criticised Serbia on Thursday. Serbian students rallied against Serbia's government during the visit."
  private static HandBuiltText story(String occasion) {
    return new HandBuiltText()
        .sentence("Hungary/Hungary/NNP/LOCATION held/hold/VBD talks/talk/NNS with/with/IN Serbia/Serbia/NNP/LOCATION in/in/IN Belgrade/Belgrade/NNP/LOCATION "
            + "on/on/IN Wednesday/Wednesday/NNP ././.", "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:with(2,5) case(7,6) obl:in(2,7) case(9,8) obl:on(2,9) punct(2,10)")
        .timex(9, 9, "DATE")
        .sentence("Croatia/Croatia/NNP/LOCATION criticised/criticise/VBD Serbia/Serbia/NNP/LOCATION on/on/IN Thursday/Thursday/NNP ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6)")
        .timex(5, 5, "DATE")
        .sentence("Serbian/Serbian/JJ/MISC students/student/NNS rallied/rally/VBD against/against/IN Serbia/Serbia/NNP/LOCATION 's/'s/POS government/government/NN "
            + "during/during/IN the/the/DT " + occasion + " ././.",
            "amod(2,1) nsubj(3,2) root(0,3) case(7,4) nmod:poss(7,5) case(5,6) obl:against(3,7) case(10,8) det(10,9) obl:during(3,10) punct(3,11)");
  }

  @Test
  void aRallyDuringTheVisitIsOnTheDayOfTheTalksHeldInAPlace() {
    assertThat(code(story("visit/visit/NN"), LocalDate.of(2023, 5, 12)).events()).filteredOn(e -> e.type().code().startsWith("14"))
        .extracting(e -> triple(e) + " " + e.date().value()).containsExactly("SRBEDU SRBGOV 141 2023-05-10");
  }

  @Test
  void aRallyDuringAnOccasionNoEventToldIsOnTheLastDayNamed() {
    assertThat(code(story("night/night/NN"), LocalDate.of(2023, 5, 12)).events()).filteredOn(e -> e.type().code().startsWith("14"))
        .extracting(e -> e.date().value()).doesNotContain("2023-05-10");
  }

  @Test
  void aVisitForAnActToldBeforeIsOnThatActsDay() {
    // Published Thursday 2023-05-11: "Thailand handed over prisoners to Vietnam on Tuesday.
    // Vietnam's minister travelled to Thailand for the handover."
    var events = code(new HandBuiltText()
        .sentence("Thailand/Thailand/NNP/LOCATION handed/hand/VBD over/over/RP prisoners/prisoner/NNS to/to/IN Vietnam/Vietnam/NNP/LOCATION on/on/IN "
            + "Tuesday/Tuesday/NNP ././.", "nsubj(2,1) root(0,2) compound:prt(2,3) obj(2,4) case(6,5) obl:to(2,6) case(8,7) obl:on(2,8) punct(2,9)")
        .timex(8, 8, "DATE")
        .sentence("Vietnam/Vietnam/NNP/LOCATION 's/'s/POS minister/minister/NN travelled/travel/VBD to/to/IN Thailand/Thailand/NNP/LOCATION for/for/IN "
            + "the/the/DT handover/handover/NN ././.", "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) case(6,5) obl:to(4,6) case(9,7) det(9,8) obl:for(4,9) punct(4,10)"),
        LocalDate.of(2023, 5, 11)).events();
    assertThat(events).filteredOn(e -> e.type().code().equals("042")).extracting(e -> e.date().value()).containsExactly("2023-05-09");
  }

  @Test
  void aDealSignedInAPastPassiveAfterTheSameTwoAgreedGoesOnWithThatDay() {
    // Published Thursday 2023-05-11: "Mali and Senegal agreed on Tuesday to set up escorts. The
    // deal was signed by Mali and Senegal."
    var events = code(new HandBuiltText()
        .sentence("Mali/Mali/NNP/LOCATION and/and/CC Senegal/Senegal/NNP/LOCATION agreed/agree/VBD on/on/IN Tuesday/Tuesday/NNP to/to/TO set/set/VB up/up/RP "
            + "escorts/escort/NNS ././.", "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) case(6,5) obl:on(4,6) mark(8,7) xcomp(4,8) compound:prt(8,9) "
            + "obj(8,10) punct(4,11)")
        .timex(6, 6, "DATE")
        .sentence("The/the/DT deal/deal/NN was/be/VBD signed/sign/VBN by/by/IN Mali/Mali/NNP/LOCATION and/and/CC Senegal/Senegal/NNP/LOCATION ././.",
            "det(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) case(6,5) obl:agent(4,6) cc(8,7) conj:and(6,8) obl:agent(4,8) punct(4,9)"),
        LocalDate.of(2023, 5, 11)).events();
    assertThat(events).filteredOn(e -> e.type().code().equals("057")).extracting(e -> e.date().value()).isNotEmpty().containsOnly("2023-05-09");
  }

  /** Published Thursday 2023-05-11: "Chile supplied Peru with missiles under a deal signed on Tuesday, Peru's ministry <said>. Chile and Peru signed the deal." */
  private static java.util.List<dev.annals.model.Event> reportedDealThenSigned(String sayWord, String sayLemma) {
    return code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION supplied/supply/VBD Peru/Peru/NNP/LOCATION with/with/IN missiles/missile/NNS under/under/IN a/a/DT deal/deal/NN "
            + "signed/sign/VBN on/on/IN Tuesday/Tuesday/NNP ,/,/, Peru/Peru/NNP/LOCATION 's/'s/POS ministry/ministry/NN " + sayWord + "/" + sayLemma + "/VBD ././.",
            "nsubj(2,1) ccomp(16,2) obj(2,3) case(5,4) obl:with(2,5) case(8,6) det(8,7) obl:under(2,8) acl(8,9) case(11,10) obl:on(9,11) punct(16,12) "
                + "nmod:poss(15,13) case(13,14) nsubj(16,15) root(0,16) punct(16,17)")
        .timex(11, 11, "DATE")
        .sentence("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION signed/sign/VBD the/the/DT deal/deal/NN ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)"),
        LocalDate.of(2023, 5, 11)).events();
  }

  @Test
  void theSameTwoCooperatingAfterADeedTheSentenceBeforeReportedGoOnWithItsDay() {
    assertThat(reportedDealThenSigned("said", "say")).filteredOn(e -> e.type().code().equals("057") && e.mentions().get(0).sentence() == 1)
        .extracting(e -> e.date().value()).isNotEmpty().containsOnly("2023-05-09");
  }

  @Test
  void aClauseOfAVerbNotOfSayingIsNoDayOfTheStorysLine() {
    assertThat(reportedDealThenSigned("learned", "learn")).filteredOn(e -> e.type().code().equals("057") && e.mentions().get(0).sentence() == 1)
        .extracting(e -> e.date().value()).doesNotContain("2023-05-09");
  }

  /** Published Thursday 2023-05-11: "Hundreds of Chileans marched to Peru's embassy on Tuesday. Police <verb> the protesters." */
  private static java.util.List<dev.annals.model.Event> marchThen(String verbWord, String verbLemma) {
    return code(new HandBuiltText()
        .sentence("Hundreds/hundred/NNS of/of/IN Chileans/Chilean/NNPS/MISC marched/march/VBD to/to/IN Peru/Peru/NNP/LOCATION 's/'s/POS embassy/embassy/NN "
                + "on/on/IN Tuesday/Tuesday/NNP ././.",
            "nsubj(4,1) case(3,2) nmod:of(1,3) root(0,4) case(8,5) nmod:poss(8,6) case(6,7) obl:to(4,8) case(10,9) obl:on(4,10) punct(4,11)")
        .timex(10, 10, "DATE")
        .sentence("Police/police/NNS " + verbWord + "/" + verbLemma + "/VBD the/the/DT protesters/protester/NNS ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"),
        LocalDate.of(2023, 5, 11)).events();
  }

  @Test
  void forceUsedOnThoseWhoActedADayBeforeIsUsedThatDay() {
    assertThat(marchThen("dispersed", "disperse")).filteredOn(e -> e.type().rootCode().startsWith("1") && Integer.parseInt(e.type().rootCode()) >= 17)
        .extracting(e -> e.date().value()).isNotEmpty().containsOnly("2023-05-09");
  }

  @Test
  void aCommentOnThemMayComeLater() {
    assertThat(marchThen("criticised", "criticise")).filteredOn(e -> e.type().rootCode().equals("11"))
        .extracting(e -> e.date().value()).isNotEmpty().doesNotContain("2023-05-09");
  }

  @Test
  void aMeetingAClosingTellerReportsGoesOnWithTheDayOfTheTalksBefore() {
    // Published Friday 2023-05-12: "Chile's foreign minister held talks with Peru in Lima on Thursday. He met Peru's president, Chilean state media reported."
    var text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN held/hold/VBD talks/talk/NNS with/with/IN Peru/Peru/NNP/LOCATION "
            + "in/in/IN Lima/Lima/NNP/LOCATION on/on/IN Thursday/Thursday/NNP ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) obj(5,6) case(8,7) obl:with(5,8) case(10,9) obl:in(5,10) case(12,11) obl:on(5,12) punct(5,13)")
        .timex(12, 12, "DATE")
        .sentence("He/he/PRP met/meet/VBD Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN ,/,/, Chilean/Chilean/JJ/MISC state/state/NN media/media/NNS "
            + "reported/report/VBD ././.",
            "nsubj(2,1) ccomp(10,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(10,6) amod(9,7) compound(9,8) nsubj(10,9) root(0,10) punct(10,11)");
    assertThat(code(text, LocalDate.of(2023, 5, 12)).events()).filteredOn(e -> e.type().code().equals("040") && e.mentions().get(0).sentence() == 1)
        .extracting(e -> e.date().value()).containsExactly("2023-05-11");
  }

  /** "Chile's defence minister, who <verb> <what> on Sunday, warned Peru against any incursion.", published Tuesday 2026-06-16. */
  private static java.util.List<dev.annals.model.Event> warnedAfter(String verb, String what) {
    return code(new HandBuiltText().sentence("Chile/Chile/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN ,/,/, who/who/WP " + verb + " " + what
            + " in/in/IN Arica/Arica/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ,/,/, warned/warn/VBD Peru/Peru/NNP/LOCATION against/against/IN any/any/DT "
            + "incursion/incursion/NN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(7,4) nsubj(14,4) punct(4,5) ref(4,6) acl:relcl(4,7) obj(7,8) case(10,9) obl:in(7,10) case(12,11) "
            + "obl:on(7,12) punct(4,13) root(0,14) obj(14,15) case(18,16) det(18,17) obl:against(14,18) punct(14,19)")
        .timex(12, 12, "DATE"), LocalDate.of(2026, 6, 16)).events();
  }

  @Test
  void aWarningWithNoTimeOfItsOwnIsMadeOnTheDayOfTheSpeakersVisit() {
    assertThat(warnedAfter("visited/visit/VBD", "troops/troop/NNS")).filteredOn(e -> triple(e).equals("CHLGOV PER 130"))
        .extracting(e -> e.date().value()).containsExactly("2026-06-14");
  }

  @Test
  void aWarningIsNotMadeOnTheDayOfAnyOtherActOfTheSpeaker() {
    // "..., who inspected defences in Arica on Sunday, warned ...": no visit told.
    assertThat(warnedAfter("inspected/inspect/VBD", "defences/defence/NNS")).filteredOn(e -> triple(e).equals("CHLGOV PER 130"))
        .extracting(e -> e.date().value()).containsExactly("2026-06-16");
  }
}
