package dev.annals.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.HandBuiltText;
import dev.annals.model.ResolvedTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDaterTest {
  private static final LocalDate SATURDAY_31_DEC_2022 = LocalDate.of(2022, 12, 31);
  private final EventDater dater = new EventDater(lemma -> false);

  private String onlyValue(HandBuiltText text) {
    return dater.resolveAll(new DependencyIndex(text.build(SATURDAY_31_DEC_2022)), SATURDAY_31_DEC_2022).stream()
        .map(ResolvedTime::value).findFirst().orElseThrow();
  }

  @Test
  void anInfinitiveUnderAPresentClauseLooksAhead() {
    assertThat(onlyValue(new HandBuiltText().sentence(
        "They/they/PRP plan/plan/VBP to/to/TO meet/meet/VB on/on/IN Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) case(6,5) obl:on(4,6) punct(2,7)").timex(6, 6, "DATE")))
        .isEqualTo("2023-01-06");
  }

  @Test
  void whatTakesEffectOnADayTakesEffectAhead() {
    // "The company created an office, effective March 1.": told on 31 December, the coming March.
    assertThat(onlyValue(new HandBuiltText().sentence(
        "The/the/DT company/company/NN created/create/VBD an/a/DT office/office/NN ,/,/, effective/effective/JJ March/March/NNP 1/1/CD ././.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6) amod(5,7) obl:tmod(7,8) nummod(8,9) punct(3,10)").timex(8, 9, "DATE")))
        .isEqualTo("2023-03-01");
  }

  @Test
  void anInfinitiveUnderAPastClauseDoesNotLookAheadFromNow() {
    assertThat(onlyValue(new HandBuiltText().sentence(
        "They/they/PRP staged/stage/VBD rallies/rally/NNS to/to/TO mark/mark/VB the/the/DT entry/entry/NN on/on/IN Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl(2,5) det(7,6) obj(5,7) case(9,8) obl:on(5,9) punct(2,10)").timex(9, 9, "DATE")))
        .isEqualTo("2022-12-30");
  }

  @Test
  void anInfinitiveUnderAPastAuxiliaryDoesNotLookAheadFromNow() {
    // "The offer had been due to expire Friday": the copula "had been" is past.
    assertThat(onlyValue(new HandBuiltText().sentence(
        "The/the/DT offer/offer/NN had/have/VBD been/be/VBN due/due/JJ to/to/TO expire/expire/VB Friday/Friday/NNP ././.",
        "det(2,1) nsubj(5,2) aux(5,3) cop(5,4) root(0,5) mark(7,6) xcomp(5,7) obl:tmod(7,8) punct(5,9)").timex(8, 8, "DATE")))
        .isEqualTo("2022-12-30");
  }

  @Test
  void aDayThatDatesANounIsNotDatedByTheVerb() {
    // "will fight Wednesday's ruling": the ruling was Wednesday, whatever the fight's tense.
    assertThat(onlyValue(new HandBuiltText().sentence(
        "Lawyers/lawyer/NNS will/will/MD fight/fight/VB Wednesday/Wednesday/NNP 's/'s/POS ruling/ruling/NN ././.",
        "nsubj(3,1) aux(3,2) root(0,3) nmod:poss(6,4) case(4,5) obj(3,6) punct(3,7)").timex(4, 4, "DATE")))
        .isEqualTo("2022-12-28");
  }

  @Test
  void aTimeAfterSinceLiesBehind() {
    assertThat(onlyValue(new HandBuiltText().sentence(
        "The/the/DT carrier/carrier/NN has/have/VBZ been/be/VBN on/on/IN patrol/patrol/NN since/since/IN February/February/NNP ././.",
        "det(2,1) nsubj(6,2) aux(6,3) cop(6,4) case(6,5) root(0,6) case(8,7) obl:since(6,8) punct(6,9)").timex(8, 8, "DATE")))
        .isEqualTo("2022-02");
  }

  @Test
  void aPresentPerfectIsNotThePast() {
    // "has set a hearing for Sunday" on a Saturday: tomorrow, not six days ago.
    assertThat(onlyValue(new HandBuiltText().sentence(
        "The/the/DT court/court/NN has/have/VBZ set/set/VBN a/a/DT hearing/hearing/NN for/for/IN Sunday/Sunday/NNP ././.",
        "det(2,1) nsubj(4,2) aux(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) obl:for(4,8) punct(4,9)").timex(8, 8, "DATE")))
        .isEqualTo("2023-01-01");
  }

  @Test
  void aPlanLooksAheadButTheDayOfThePlanningDoesNot() {
    assertThat(onlyValue(new HandBuiltText().sentence(
        "Protesters/protester/NNS planned/plan/VBD a/a/DT march/march/NN on/on/IN Tuesday/Tuesday/NNP ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:on(2,6) punct(2,7)").timex(6, 6, "DATE")))
        .isEqualTo("2023-01-03");
    assertThat(onlyValue(new HandBuiltText().sentence(
        "On/on/IN Tuesday/Tuesday/NNP ,/,/, protesters/protester/NNS planned/plan/VBD a/a/DT march/march/NN ././.",
        "case(2,1) obl:on(5,2) punct(5,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)").timex(2, 2, "DATE")))
        .isEqualTo("2022-12-27");
  }

  @Test
  void aGerundTakesTheTenseOfItsClause() {
    assertThat(onlyValue(new HandBuiltText().sentence(
        "Shares/share/NNS will/will/MD resume/resume/VB trading/trade/VBG Tuesday/Tuesday/NNP ././.",
        "nsubj(3,1) aux(3,2) root(0,3) xcomp(3,4) obl:tmod(4,5) punct(3,6)").timex(5, 5, "DATE")))
        .isEqualTo("2023-01-03");
  }

  @Test
  void aPastAuxiliaryOnTheInfinitiveItselfKeepsItInThePast() {
    // The parser may make "expire" the head of "It had been due to expire Friday".
    assertThat(onlyValue(new HandBuiltText().sentence(
        "It/it/PRP had/have/VBD been/be/VBN due/due/IN to/to/TO expire/expire/VB Friday/Friday/NNP ././.",
        "nsubj(6,1) aux(6,2) cop(6,3) mark(6,4) mark(6,5) root(0,6) obl:tmod(6,7) punct(6,8)").timex(7, 7, "DATE")))
        .isEqualTo("2022-12-30");
  }

  @Test
  void aMonthThatNamesANounIsNotDatedByTheVerb() {
    assertThat(onlyValue(new HandBuiltText().sentence(
        "The/the/DT bank/bank/NN will/will/MD sell/sell/VB itself/itself/PRP under/under/IN a/a/DT June/June/NNP agreement/agreement/NN ././.",
        "det(2,1) nsubj(4,2) aux(4,3) root(0,4) obj(4,5) case(9,6) det(9,7) compound(9,8) obl:under(4,9) punct(4,10)").timex(8, 8, "DATE")))
        .isEqualTo("2022-06");
  }

  @Test
  void aDelayMovesToTheDayAfterUntilButHappenedOnTheDayAfterOn() {
    assertThat(onlyValue(new HandBuiltText().sentence(
        "Officials/official/NNS postponed/postpone/VBD the/the/DT vote/vote/NN until/until/IN Tuesday/Tuesday/NNP ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:until(2,6) punct(2,7)").timex(6, 6, "DATE")))
        .isEqualTo("2023-01-03");
    assertThat(onlyValue(new HandBuiltText().sentence(
        "The/the/DT storm/storm/NN delayed/delay/VBD flights/flight/NNS on/on/IN Tuesday/Tuesday/NNP ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:on(3,6) punct(3,7)").timex(6, 6, "DATE")))
        .isEqualTo("2022-12-27");
  }

  @Test
  void aModalOfThePresentLooksAheadUnlessItIsPerfect() {
    // Told on 31 December, a bare "April" would be the April behind.
    assertThat(onlyValue(new HandBuiltText().sentence(
        "They/they/PRP can/can/MD join/join/VB in/in/IN April/April/NNP ././.",
        "nsubj(3,1) aux(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)").timex(5, 5, "DATE")))
        .isEqualTo("2023-04");
    assertThat(onlyValue(new HandBuiltText().sentence(
        "They/they/PRP may/may/MD have/have/VB met/meet/VBN in/in/IN April/April/NNP ././.",
        "nsubj(4,1) aux(4,2) aux(4,3) root(0,4) case(6,5) obl:in(4,6) punct(4,7)").timex(6, 6, "DATE")))
        .isEqualTo("2022-04");
  }

  @Test
  void aLaterSentenceReportingAnotherQuartersResultsMovesTheQuarterAYearEarlierCountsFrom() {
    var text = new HandBuiltText()
        .sentence("Acme/Acme/NNP 's/'s/POS first-quarter/first-quarter/JJ profit/profit/NN rose/rise/VBD from/from/IN a/a/DT year/year/NN earlier/earlier/RBR ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) case(8,6) det(8,7) obl:from(5,8) advmod(8,9) punct(5,10)")
        .timex(7, 9, "DATE")
        .sentence("Separately/separately/RB ,/,/, Zenith/Zenith/NNP reported/report/VBD third-quarter/third-quarter/JJ profit/profit/NN ,/,/, "
                + "up/up/RB from/from/IN a/a/DT year/year/NN earlier/earlier/RBR ././.",
            "advmod(4,1) punct(4,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7) advmod(4,8) case(11,9) det(11,10) obl:from(8,11) advmod(11,12) punct(4,13)")
        .timex(10, 12, "DATE")
        .sentence("Forecasts/forecast/NNS of/of/IN fourth-quarter/fourth-quarter/JJ results/result/NNS fell/fall/VBD from/from/IN a/a/DT year/year/NN earlier/earlier/RBR ././.",
            "nsubj(5,1) case(4,2) amod(4,3) nmod:of(1,4) root(0,5) case(8,6) det(8,7) obl:from(5,8) advmod(8,9) punct(5,10)")
        .timex(7, 9, "DATE");
    // The fourth quarter has not ended on 31 December: its results are not what the figures are about.
    assertThat(dater.resolveAll(new DependencyIndex(text.build(SATURDAY_31_DEC_2022)), SATURDAY_31_DEC_2022).stream().map(ResolvedTime::value))
        .containsExactly("2021-Q1", "2021-Q3", "2021-Q3");
  }

  @Test
  void aDayOnAnActivePresentVerbIsScheduledAhead() {
    // Told on Saturday 31 December: with no tense the Monday behind would be read.
    assertThat(onlyValue(new HandBuiltText().sentence(
        "Netanyahu/Netanyahu/NNP and/and/CC Arafat/Arafat/NNP meet/meet/VB separately/separately/RB Monday/Monday/NNP ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) root(0,4) advmod(4,5) obl:tmod(4,6) punct(4,7)").timex(6, 6, "DATE")))
        .isEqualTo("2023-01-02");
    assertThat(onlyValue(new HandBuiltText().sentence(
        "The/the/DT talks/talk/NNS open/open/VBP Tuesday/Tuesday/NNP ././.",
        "det(2,1) nsubj(3,2) root(0,3) obl:tmod(3,4) punct(3,5)").timex(4, 4, "DATE")))
        .isEqualTo("2023-01-03");
    // A verb of saying in the present, a present under a past clause, and a verb whose past is
    // its present tell nothing ahead.
    assertThat(onlyValue(new HandBuiltText().sentence(
        "Farmers/farmer/NNS let/let/VBP no/no/DT lorries/lorry/NNS through/through/RP on/on/IN Wednesday/Wednesday/NNP ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) compound:prt(2,5) case(7,6) obl:on(2,7) punct(2,8)").timex(7, 7, "DATE")))
        .isEqualTo("2022-12-28");
    assertThat(onlyValue(new HandBuiltText().sentence(
        "Castro/Castro/NNP says/say/VBZ Monday/Monday/NNP that/that/IN talks/talk/NNS failed/fail/VBD ././.",
        "nsubj(2,1) root(0,2) obl:tmod(2,3) mark(6,4) nsubj(6,5) ccomp(2,6) punct(2,7)").timex(3, 3, "DATE")))
        .isEqualTo("2022-12-26");
    assertThat(onlyValue(new HandBuiltText().sentence(
        "Officials/official/NNS said/say/VBD the/the/DT talks/talk/NNS resume/resume/VBP Tuesday/Tuesday/NNP ././.",
        "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) ccomp(2,5) obl:tmod(5,6) punct(2,7)").timex(6, 6, "DATE")))
        .isEqualTo("2022-12-27");
  }

  @Test
  void aGerundOnANounTakesTheTenseOfTheClauseAroundIt() {
    // "with the third departing from August 6" under "would leave": August ahead, not behind.
    assertThat(onlyValue(new HandBuiltText().sentence(
        "Flights/flight/NNS would/would/MD leave/leave/VB ,/,/, with/with/IN the/the/DT third/third/JJ departing/depart/VBG from/from/IN August/August/NNP 6/6/CD ././.",
        "nsubj(3,1) aux(3,2) root(0,3) punct(3,4) case(7,5) det(7,6) obl:with(3,7) acl(7,8) case(10,9) obl:from(8,10) nummod(10,11) punct(3,12)")
        .timex(10, 11, "DATE")))
        .isEqualTo("2023-08-06");
  }

  @Test
  void aTimeSomethingLastsUntilLiesAheadUnlessToldInThePast() {
    // Told on 31 December: "through March" of a present perfect is the coming March.
    assertThat(onlyValue(new HandBuiltText().sentence(
        "Banks/bank/NNS have/have/VBP extended/extend/VBN loans/loan/NNS through/through/IN March/March/NNP ././.",
        "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(6,5) obl:through(3,6) punct(3,7)").timex(6, 6, "DATE")))
        .isEqualTo("2023-03");
    assertThat(onlyValue(new HandBuiltText().sentence(
        "The/the/DT strike/strike/NN lasted/last/VBD until/until/IN March/March/NNP ././.",
        "det(2,1) nsubj(3,2) root(0,3) case(5,4) obl:until(3,5) punct(3,6)").timex(5, 5, "DATE")))
        .isEqualTo("2022-03");
  }

  @Test
  void sinceYearEndIsTheLastYearEndPassed() {
    LocalDate october = LocalDate.of(2022, 10, 30);
    var text = new HandBuiltText().sentence(
        "Shares/share/NNS have/have/VBP risen/rise/VBN since/since/IN year-end/year-end/NN ././.",
        "nsubj(3,1) aux(3,2) root(0,3) case(5,4) obl:since(3,5) punct(3,6)").timex(5, 5, "DATE");
    assertThat(dater.resolveAll(new DependencyIndex(text.build(october)), october).get(0).value()).isEqualTo("2021-12-31");
  }

  @Test
  void whatIsReportedWithNoTimeOfItsOwnIsDatedByTheDayItWasTold() {
    // "Forces killed 33 attackers, the army said on Wednesday." told on Saturday 31 December.
    var text = new HandBuiltText().sentence(
        "Forces/force/NNS killed/kill/VBD 33/33/CD attackers/attacker/NNS ,/,/, the/the/DT army/army/NN said/say/VBD on/on/IN Wednesday/Wednesday/NNP ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) punct(2,5) det(7,6) nsubj(8,7) parataxis(2,8) case(10,9) obl:on(8,10) punct(2,11)")
        .timex(10, 10, "DATE");
    var index = new DependencyIndex(text.build(SATURDAY_31_DEC_2022));
    var reporting = new EventDater(lemma -> false, lemma -> lemma.equals("say"));
    assertThat(reporting.date(index, java.util.List.of(1), SATURDAY_31_DEC_2022, Tense.UNKNOWN).value()).isEqualTo("2022-12-28");
    // A dater that knows no verbs of saying dates it by the article.
    assertThat(dater.date(index, java.util.List.of(1), SATURDAY_31_DEC_2022, Tense.UNKNOWN).value()).isEqualTo("2022-12-31");
  }

  private final EventDater intentAware = new EventDater(lemma -> false, lemma -> false, lemma -> lemma.equals("demand"));

  private String dateOf(HandBuiltText text, int anchor) {
    var index = new DependencyIndex(text.build(SATURDAY_31_DEC_2022));
    return intentAware.date(index, java.util.List.of(anchor - 1), SATURDAY_31_DEC_2022, Tense.PAST).value();
  }

  @Test
  void aTimeInTheComplementOfADemandIsTheDemandedActsNotTheDemands() {
    // "They demanded to vote on Friday": the vote is Friday; the demand is told today.
    HandBuiltText text = new HandBuiltText().sentence(
        "They/they/PRP demanded/demand/VBD to/to/TO vote/vote/VB on/on/IN Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) case(6,5) obl:on(4,6) punct(2,7)").timex(6, 6, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-31");
    assertThat(dateOf(text, 4)).isEqualTo("2022-12-30");
  }

  @Test
  void aTimeARequestIsDueByIsNotTheRequests() {
    // "Chile asked for a meeting with Peru before the end of December": the meeting is due by
    // then; the request is told today. ("December" alone is the time expression; "end" hangs on
    // the verb.)
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION asked/ask/VBD for/for/IN a/a/DT meeting/meeting/NN with/with/IN Peru/Peru/NNP/LOCATION before/before/IN the/the/DT "
            + "end/end/NN of/of/IN December/December/NNP ././.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:for(2,5) case(7,6) nmod:with(5,7) case(10,8) det(10,9) obl:before(2,10) case(12,11) nmod:of(10,12) "
            + "punct(2,13)").timex(12, 12, "DATE");
    var index = new DependencyIndex(text.build(SATURDAY_31_DEC_2022));
    var asking = new EventDater(lemma -> false, lemma -> false, lemma -> lemma.equals("ask"));
    assertThat(asking.date(index, java.util.List.of(1), SATURDAY_31_DEC_2022, Tense.PAST).value()).isEqualTo("2022-12-31");
  }

  @Test
  void aComplementWithNoTimeOfItsOwnIsOnItsGovernorsTime() {
    // "On Friday they planned to pay": the payment is Friday.
    HandBuiltText text = new HandBuiltText().sentence(
        "On/on/IN Friday/Friday/NNP they/they/PRP planned/plan/VBD to/to/TO pay/pay/VB ././.",
        "case(2,1) obl:on(4,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) punct(4,7)").timex(2, 2, "DATE");
    assertThat(dateOf(text, 6)).isEqualTo("2022-12-30");
  }

  @Test
  void theGovernorsTimeIsReadInTheGovernorsTenseNotTheComplements() {
    // "They agreed on Tuesday to resume talks": the talks lie ahead, the agreeing was last Tuesday.
    HandBuiltText text = new HandBuiltText().sentence(
        "They/they/PRP agreed/agree/VBD on/on/IN Tuesday/Tuesday/NNP to/to/TO resume/resume/VB talks/talk/NNS ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(6,5) xcomp(2,6) obj(6,7) punct(2,8)").timex(4, 4, "DATE");
    var index = new DependencyIndex(text.build(SATURDAY_31_DEC_2022));
    assertThat(intentAware.date(index, java.util.List.of(5), SATURDAY_31_DEC_2022, Tense.FUTURE).value()).isEqualTo("2022-12-27");
  }

  @Test
  void aClauseThatDescribesATimeHappenedAtIt() {
    // "He has lived here since March, when he arrived."
    HandBuiltText text = new HandBuiltText().sentence(
        "He/he/PRP has/have/VBZ lived/live/VBN here/here/RB since/since/IN March/March/NNP ,/,/, when/when/WRB he/he/PRP arrived/arrive/VBD ././.",
        "nsubj(3,1) aux(3,2) root(0,3) advmod(3,4) case(6,5) obl:since(3,6) punct(6,7) advmod(10,8) nsubj(10,9) acl:relcl(6,10) punct(3,11)").timex(6, 6, "DATE");
    assertThat(dateOf(text, 10)).isEqualTo("2022-03");
  }

  @Test
  void aClauseOnANounIsAtTheTimeOfTheClauseTheNounTakesPartIn() {
    // "They joined on Friday at a ceremony held in Lima."
    HandBuiltText text = new HandBuiltText().sentence(
        "They/they/PRP joined/join/VBD on/on/IN Friday/Friday/NNP at/at/IN a/a/DT ceremony/ceremony/NN held/hold/VBN in/in/IN Lima/Lima/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) case(7,5) det(7,6) obl:at(2,7) acl(7,8) case(10,9) obl:in(8,10) punct(2,11)").timex(4, 4, "DATE");
    assertThat(dateOf(text, 8)).isEqualTo("2022-12-30");
  }

  @Test
  void aPresentParticipleOnTheSubjectIsAtTheTimeOfItsClause() {
    // "Farmers blocking the road stopped lorries on Friday."
    HandBuiltText text = new HandBuiltText().sentence(
        "Farmers/farmer/NNS blocking/block/VBG the/the/DT road/road/NN stopped/stop/VBD lorries/lorry/NNS on/on/IN Friday/Friday/NNP ././.",
        "nsubj(5,1) acl(1,2) det(4,3) obj(2,4) root(0,5) obj(5,6) case(8,7) obl:on(5,8) punct(5,9)").timex(8, 8, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-30");
  }

  @Test
  void aClauseOnWhatAParticipleOnTheSubjectTakesIsAtTheTimeOfTheSubjectsClause() {
    // "A flight carrying 41 men deported from Britain landed on Friday."
    HandBuiltText text = new HandBuiltText().sentence(
        "A/a/DT flight/flight/NN carrying/carry/VBG 41/41/CD men/man/NNS deported/deport/VBN from/from/IN Britain/Britain/NNP/LOCATION landed/land/VBD "
            + "on/on/IN Friday/Friday/NNP ././.",
        "det(2,1) nsubj(9,2) acl(2,3) nummod(5,4) obj(3,5) acl(5,6) case(8,7) obl:from(6,8) root(0,9) case(11,10) obl:on(9,11) punct(9,12)").timex(11, 11, "DATE");
    assertThat(dateOf(text, 6)).isEqualTo("2022-12-30");
  }

  @Test
  void aWeekdayHungOnAParticipleDescribingACountedObjectIsTheActsDay() {
    // "Germany deported 96 men convicted of crimes on Wednesday": the parser hangs the day on
    // "convicted"; the deportation was on the Wednesday.
    HandBuiltText counted = new HandBuiltText().sentence(
        "Germany/Germany/NNP/LOCATION deported/deport/VBD 96/96/CD men/man/NNS convicted/convict/VBN of/of/IN crimes/crime/NNS on/on/IN Wednesday/Wednesday/NNP ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) acl(4,5) case(7,6) obl:of(5,7) case(9,8) obl:on(5,9) punct(2,10)").timex(9, 9, "DATE");
    assertThat(dateOf(counted, 2)).isEqualTo("2022-12-28");
    // "Russia criticised the sanctions imposed on Wednesday": the sanctions' own day.
    HandBuiltText definite = new HandBuiltText().sentence(
        "Russia/Russia/NNP/LOCATION criticised/criticise/VBD the/the/DT sanctions/sanction/NNS imposed/impose/VBN on/on/IN Wednesday/Wednesday/NNP ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) acl(4,5) case(7,6) obl:on(5,7) punct(2,8)").timex(7, 7, "DATE");
    assertThat(dateOf(definite, 2)).isEqualTo("2022-12-31");
  }

  @Test
  void aClauseAfterAndThatAClosingAttributionReportsSharesTheFirstClausesTime() {
    // "Paz called Boluarte on Thursday, and the two agreed, his office said."
    HandBuiltText text = new HandBuiltText().sentence(
        "Paz/Paz/NNP/PERSON called/call/VBD Boluarte/Boluarte/NNP/PERSON on/on/IN Thursday/Thursday/NNP ,/,/, and/and/CC the/the/DT two/two/CD agreed/agree/VBD "
            + ",/,/, his/his/PRP$ office/office/NN said/say/VBD ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6) cc(10,7) det(9,8) nsubj(10,9) ccomp(14,10) punct(14,11) nmod:poss(13,12) "
            + "nsubj(14,13) parataxis(2,14) punct(2,15)").timex(5, 5, "DATE");
    EventDater teller = new EventDater(lemma -> false, lemma -> lemma.equals("say"));
    var index = new DependencyIndex(text.build(SATURDAY_31_DEC_2022));
    assertThat(teller.date(index, java.util.List.of(9), SATURDAY_31_DEC_2022, Tense.PAST).value()).isEqualTo("2022-12-29");
  }

  @Test
  void aTimeInABeforeClauseIsNotTheEventsOwn() {
    // "They will not seek aid before the programme ends in 2027."
    HandBuiltText text = new HandBuiltText().sentence(
        "They/they/PRP will/will/MD not/not/RB seek/seek/VB aid/aid/NN before/before/IN the/the/DT programme/programme/NN ends/end/VBZ in/in/IN 2027/2027/CD ././.",
        "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) obj(4,5) mark(9,6) det(8,7) nsubj(9,8) advcl:before(4,9) case(11,10) obl:in(9,11) punct(4,12)")
        .timex(11, 11, "DATE");
    assertThat(dateOf(text, 4)).isEqualTo("2022-12-31");
  }

  @Test
  void aTimeInASinceClauseIsWhereASpanStartsNotTheEventsOwn() {
    // "Millon has invited Chinese officials since Paris and Beijing established relations in 1964."
    HandBuiltText text = new HandBuiltText().sentence(
        "Millon/Millon/NNP has/have/VBZ invited/invite/VBN Chinese/chinese/JJ officials/official/NNS since/since/IN Paris/Paris/NNP and/and/CC "
            + "Beijing/Beijing/NNP established/establish/VBD relations/relation/NNS in/in/IN 1964/1964/CD ././.",
        "nsubj(3,1) aux(3,2) root(0,3) amod(5,4) obj(3,5) mark(10,6) nsubj(10,7) cc(9,8) conj:and(7,9) advcl:since(3,10) obj(10,11) case(13,12) "
            + "obl:in(10,13) punct(3,14)")
        .timex(13, 13, "DATE");
    assertThat(dateOf(text, 3)).isEqualTo("2022-12-31");
    assertThat(dateOf(text, 10)).isEqualTo("1964");
  }

  @Test
  void aFirstActTakesTheDayClosingASecondTheTaggerReadAsAParticiple() {
    // "Police seized/VBD two boats and detained/VBN 20 crew members on Friday."
    HandBuiltText text = new HandBuiltText().sentence(
        "Police/police/NNS seized/seize/VBD two/two/CD boats/boat/NNS and/and/CC detained/detain/VBN 20/20/CD crew/crew/NN members/member/NNS on/on/IN "
            + "Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) nummod(9,7) compound(9,8) obj(6,9) case(11,10) obl:on(6,11) punct(2,12)")
        .timex(11, 11, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-30");
  }

  @Test
  void anInvitationJoinedToAnActLeavesTheVisitsTimeToTheVisit() {
    // "Madbouly thanked the emir and invited Kuwaiti investors to a conference in May.": the
    // May closing the invitation is the conference's; neither the thanks nor the invitation
    // took place in a May gone by.
    HandBuiltText text = new HandBuiltText().sentence(
        "Madbouly/Madbouly/NNP/PERSON thanked/thank/VBD the/the/DT emir/emir/NN and/and/CC invited/invite/VBN Kuwaiti/kuwaiti/JJ investors/investor/NNS "
            + "to/to/IN a/a/DT conference/conference/NN in/in/IN May/May/NNP ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) amod(8,7) obj(6,8) case(11,9) det(11,10) obl:to(6,11) "
            + "case(13,12) obl:in(6,13) punct(2,14)")
        .timex(13, 13, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-31");
    assertThat(dateOf(text, 6)).isEqualTo("2022-12-31");
  }

  @Test
  void aPastActTakesNoWeekThatBeginsAfterTheReport() {
    // "Fabre welcomed the ruling and called on supporters to march next week." (told on a
    // Saturday: next week begins two days on, and is the march's)
    HandBuiltText text = new HandBuiltText().sentence(
        "Fabre/Fabre/NNP/PERSON welcomed/welcome/VBD the/the/DT ruling/ruling/NN and/and/CC called/call/VBD on/on/IN supporters/supporter/NNS to/to/IN "
            + "march/march/NN next/next/JJ week/week/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) case(8,7) obl:on(6,8) case(10,9) obl:to(6,10) amod(12,11) obl:tmod(6,12) "
            + "punct(2,13)")
        .timex(11, 12, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-31");
  }

  @Test
  void aWeekdayInAPastRelativeClauseOnCountedPeopleIsTheActsOccasion() {
    // "Police in Mombasa detained six activists who tried to march to the port on Thursday."
    HandBuiltText text = new HandBuiltText().sentence(
        "Police/police/NNS in/in/IN Mombasa/Mombasa/NNP/LOCATION detained/detain/VBD six/six/CD activists/activist/NNS who/who/WP tried/try/VBD "
            + "to/to/TO march/march/VB to/to/IN the/the/DT port/port/NN on/on/IN Thursday/Thursday/NNP ././.",
        "nsubj(4,1) case(3,2) nmod:in(1,3) root(0,4) nummod(6,5) nsubj(8,6) nsubj:xsubj(10,6) obj(4,6) ref(6,7) acl:relcl(6,8) mark(10,9) xcomp(8,10) "
            + "case(13,11) det(13,12) obl:to(10,13) case(15,14) obl:on(10,15) punct(4,16)")
        .timex(15, 15, "DATE");
    assertThat(dateOf(text, 4)).isEqualTo("2022-12-29");
  }

  @Test
  void aWeekdayInARelativeClauseOfAnotherDeedIsNotTheActsOccasion() {
    // "The clashes came after Israeli police released two Jewish settlers whose slaying of a Palestinian man in central Hebron Tuesday sparked several hours of riots."
    HandBuiltText text = new HandBuiltText().sentence(
        "The/the/DT clashes/clash/NNS came/come/VBD after/after/IN Israeli/Israeli/JJ police/police/NN released/release/VBD two/two/CD Jewish/Jewish/JJ "
            + "settlers/settler/NNS whose/whose/WP$ slaying/slaying/NN of/of/IN a/a/DT Palestinian/Palestinian/JJ man/man/NN in/in/IN central/central/JJ "
            + "Hebron/Hebron/NNP/LOCATION Tuesday/Tuesday/NNP sparked/spark/VBD several/several/JJ hours/hour/NNS of/of/IN riots/riot/NNS ././.",
        "det(2,1) nsubj(3,2) root(0,3) mark(7,4) amod(6,5) nsubj(7,6) advcl:after(3,7) nummod(10,8) amod(10,9) nmod:poss(12,10) obj(7,10) ref(10,11) "
            + "obj(21,12) case(16,13) det(16,14) amod(16,15) nmod:of(12,16) case(19,17) amod(19,18) nmod:in(16,19) obl:tmod(21,20) acl:relcl(10,21) amod(23,22) "
            + "obj(21,23) case(25,24) nmod:of(23,25) punct(3,26)")
        .timex(20, 20, "DATE");
    assertThat(dateOf(text, 7)).isNotEqualTo("2022-12-27");
  }

  @Test
  void aTimeInTheTellersDescriptionIsNotWhenItWasTold() {
    // "A consultant working in this year's campaign said talks failed."
    EventDater teller = new EventDater(lemma -> false, lemma -> lemma.equals("say"));
    HandBuiltText text = new HandBuiltText().sentence(
        "A/a/DT consultant/consultant/NN working/work/VBG in/in/IN this/this/DT year/year/NN 's/'s/POS campaign/campaign/NN said/say/VBD talks/talk/NNS failed/fail/VBD ././.",
        "det(2,1) nsubj(9,2) acl(2,3) case(8,4) det(6,5) nmod:poss(8,6) case(6,7) obl:in(3,8) root(0,9) nsubj(11,10) ccomp(9,11) punct(9,12)")
        .timex(5, 6, "DATE");
    var index = new DependencyIndex(text.build(SATURDAY_31_DEC_2022));
    assertThat(teller.date(index, java.util.List.of(8), SATURDAY_31_DEC_2022, Tense.PAST).value()).isEqualTo("2022-12-31");
  }

  @Test
  void aTimeANounOfTheClauseHappenedInIsNotTheClauses() {
    // "Chile thanked Peru for its help during last year's crisis."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION for/for/IN its/its/PRP$ help/help/NN during/during/IN last/last/JJ year/year/NN "
            + "'s/'s/POS crisis/crisis/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) nmod:poss(6,5) obl:for(2,6) case(11,7) amod(9,8) nmod:poss(11,9) case(9,10) nmod:during(6,11) punct(2,12)")
        .timex(8, 9, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-31");
  }

  @Test
  void aDeedThankedForReadAsANounKeepsItsTimeToItself() {
    // "Vilnius thanked Taipei for standing by it when Beijing cut imports in 2021.": the parser
    // reads the gerund as a noun (obl:for), not as the clause advcl:for; 2021 is the deed's.
    HandBuiltText text = new HandBuiltText().sentence(
        "Vilnius/Vilnius/NNP/LOCATION thanked/thank/VBD Taipei/Taipei/NNP/LOCATION for/for/IN standing/stand/VBG by/by/IN it/it/PRP when/when/WRB "
            + "Beijing/Beijing/NNP/LOCATION cut/cut/VBD imports/import/NNS in/in/IN 2021/2021/CD ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:for(2,5) case(7,6) obl:by(5,7) advmod(10,8) nsubj(10,9) advcl(5,10) obj(10,11) case(13,12) "
            + "obl:in(10,13) punct(2,14)")
        .timex(13, 13, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-31");
  }

  @Test
  void aClauseOfWhatIsToComeDoesNotDateAPastAct() {
    // "Wale called for a debate when lawmakers meet next month.": the parser hangs the "when"
    // clause on the appeal, and the tagger may call "called" a participle (as after "accused ...
    // and"), whose tense tells nothing; next month is the debate's.
    HandBuiltText text = new HandBuiltText().sentence(
        "Wale/Wale/NNP/PERSON called/call/VBN for/for/IN a/a/DT debate/debate/NN when/when/WRB lawmakers/lawmaker/NNS meet/meet/VBP "
            + "next/next/JJ month/month/NN ././.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:for(2,5) advmod(8,6) nsubj(8,7) advcl(2,8) amod(10,9) obl:tmod(8,10) punct(2,11)")
        .timex(9, 10, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-31");
  }

  @Test
  void nowOnADemandIsWhenTheThingIsWantedNotWhenItWasAsked() {
    // "Residents blocked the road on Wednesday and demanded water now."
    HandBuiltText text = new HandBuiltText().sentence(
        "Residents/resident/NNS blocked/block/VBD the/the/DT road/road/NN on/on/IN Wednesday/Wednesday/NNP and/and/CC demanded/demand/VBD "
            + "water/water/NN now/now/RB ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:on(2,6) cc(8,7) conj:and(2,8) nsubj(8,1) obj(8,9) advmod(8,10) punct(2,11)")
        .timex(6, 6, "DATE").timex(10, 10, "DATE");
    assertThat(dateOf(text, 8)).isEqualTo("2022-12-28");
  }

  @Test
  void anOccasionTheClauseHappenedInKeepsItsTime() {
    // "Chile thanked Peru during last year's crisis."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION during/during/IN last/last/JJ year/year/NN 's/'s/POS crisis/crisis/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(8,4) amod(6,5) nmod:poss(8,6) case(6,7) obl:during(2,8) punct(2,9)")
        .timex(5, 6, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2021");
  }

  @Test
  void aNounIsDatedByTheVerbThatSaysWhenItHappened() {
    // "The attack took place on Friday."
    HandBuiltText text = new HandBuiltText().sentence(
        "The/the/DT attack/attack/NN took/take/VBD place/place/NN on/on/IN Friday/Friday/NNP ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) case(6,5) obl:on(3,6) punct(3,7)").timex(6, 6, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-30");
  }

  @Test
  void aParticipleAfterWhileHappensDuringItsVerbButAClauseWithASubjectDoesNot() {
    // "He was rescued on Monday while clinging to a tube."
    HandBuiltText clinging = new HandBuiltText().sentence(
        "He/he/PRP was/be/VBD rescued/rescue/VBN on/on/IN Monday/Monday/NNP while/while/IN clinging/cling/VBG to/to/IN a/a/DT tube/tube/NN ././.",
        "nsubj:pass(3,1) aux:pass(3,2) root(0,3) case(5,4) obl:on(3,5) mark(7,6) advcl:while(3,7) case(10,8) det(10,9) obl:to(7,10) punct(3,11)")
        .timex(5, 5, "DATE");
    assertThat(dateOf(clinging, 7)).isEqualTo("2022-12-26");
    // "Kenya protested on Monday while Uganda agreed."
    HandBuiltText agreeing = new HandBuiltText().sentence(
        "Kenya/Kenya/NNP protested/protest/VBD on/on/IN Monday/Monday/NNP while/while/IN Uganda/Uganda/NNP agreed/agree/VBD ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) mark(7,5) nsubj(7,6) advcl:while(2,7) punct(2,8)").timex(4, 4, "DATE");
    assertThat(dateOf(agreeing, 7)).isEqualTo("2022-12-31");
  }

  @Test
  void aPastActIsOnADayNamedEarlierInItsSentenceThatNoRuleReaches() {
    // "Unlike Thursday, when 133 people were arrested and police fired gas, protesters were calm."
    HandBuiltText text = new HandBuiltText().sentence(
        "Unlike/unlike/IN Thursday/Thursday/NNP ,/,/, when/when/WRB 133/133/CD people/people/NNS were/be/VBD arrested/arrest/VBN and/and/CC "
            + "police/police/NNS fired/fire/VBD gas/gas/NN ,/,/, protesters/protester/NNS were/be/VBD calm/calm/JJ ././.",
        "case(2,1) obl:unlike(16,2) punct(2,3) advmod(8,4) nummod(6,5) nsubj:pass(8,6) aux:pass(8,7) acl:relcl(2,8) cc(11,9) nsubj(11,10) conj:and(8,11) "
            + "obj(11,12) punct(2,13) nsubj(16,14) cop(16,15) root(0,16) punct(16,17)")
        .timex(2, 2, "DATE");
    assertThat(dateOf(text, 11)).isEqualTo("2022-12-29");
  }

  @Test
  void aDayNamedEarlierIsNotTheDayOfItsTelling() {
    // "They would leave as soon as Tuesday, Castro said."
    EventDater teller = new EventDater(lemma -> false, lemma -> lemma.equals("say"));
    HandBuiltText told = new HandBuiltText().sentence(
        "They/they/PRP would/would/MD leave/leave/VB as/as/RB soon/soon/RB as/as/IN Tuesday/Tuesday/NNP ,/,/, Castro/Castro/NNP said/say/VBD ././.",
        "nsubj(3,1) aux(3,2) root(0,3) advmod(5,4) advmod(3,5) case(7,6) obl:as(5,7) punct(3,8) nsubj(10,9) parataxis(3,10) punct(3,11)")
        .timex(7, 7, "DATE");
    var index = new DependencyIndex(told.build(SATURDAY_31_DEC_2022));
    assertThat(teller.date(index, java.util.List.of(9), SATURDAY_31_DEC_2022, Tense.PAST).value()).isEqualTo("2022-12-31");
  }

  @Test
  void aDayAfterCountsFromTheVerbAboveANounTheClauseWasHungOn() {
    // "Sudan recalled its envoy on Thursday and banned imports, a day after Ruto hosted rebels",
    // with the "after" clause hung on "imports".
    HandBuiltText text = new HandBuiltText().sentence(
        "Sudan/Sudan/NNP recalled/recall/VBD its/its/PRP$ envoy/envoy/NN on/on/IN Thursday/Thursday/NNP and/and/CC banned/ban/VBD imports/import/NNS ,/,/, "
            + "a/a/DT day/day/NN after/after/IN Ruto/Ruto/NNP hosted/host/VBD rebels/rebel/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) obl:on(2,6) cc(8,7) conj:and(2,8) obj(8,9) punct(9,10) det(12,11) dep(15,12) mark(15,13) "
            + "nsubj(15,14) acl:after(9,15) obj(15,16) punct(2,17)")
        .timex(6, 6, "DATE");
    assertThat(dateOf(text, 15)).isEqualTo("2022-12-28");
  }

  @Test
  void aDayAfterCountsFromTheDayOfTheActTheMoveStandsFor() {
    // "Somalia suspended flights on Wednesday. The move came a day after Abiy hosted Bihi": the
    // move is the suspension, told on Wednesday 28 December; the hosting is the Tuesday.
    HandBuiltText text = toldActThenCountedDay("The/the/DT");
    assertThat(dateOf(text, 6 + 8)).isEqualTo("2022-12-27");
  }

  @Test
  void aDayAfterCountsFromNoEarlierDayWhenTheSubjectIsNoActToldBefore() {
    // "Somalia suspended flights on Wednesday. Rain came a day after Abiy hosted Bihi": no act
    // told before comes a day after, so the earlier Wednesday is not counted from.
    HandBuiltText text = toldActThenCountedDay("Some/some/DT");
    assertThat(dateOf(text, 6 + 8)).isNotEqualTo("2022-12-27");
  }

  @Test
  void whatWasDoneInTheFirstHoursOfAnOperationToldBeforeWasDoneOnItsDay() {
    // "Argentina sent gendarmes to the border on Thursday. Gendarmes detained porters in the first
    // hours of the operation": the Thursday, 29 December, not the day of the report.
    assertThat(dateOf(sentThenDetainedIn("the/the/DT", "operation/operation/NN"), 6 + 2)).isEqualTo("2022-12-29");
  }

  @Test
  void whatWasDoneInTheFirstHoursOfAnOperationOfNoDefiniteNounIsNotDatedByTheDayBefore() {
    // "in the first hours of an operation" points to no act told before.
    assertThat(dateOf(sentThenDetainedIn("an/a/DT", "operation/operation/NN"), 6 + 2)).isNotEqualTo("2022-12-29");
  }

  private static HandBuiltText sentThenDetainedIn(String determiner, String act) {
    return new HandBuiltText().sentence(
        "Argentina/Argentina/NNP sent/send/VBD gendarmes/gendarme/NNS on/on/IN Thursday/Thursday/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6)")
        .timex(5, 5, "DATE")
        .sentence("Gendarmes/gendarme/NNS detained/detain/VBD porters/porter/NNS in/in/IN the/the/DT first/first/JJ hours/hour/NNS of/of/IN "
            + determiner + " " + act + " ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(7,4) det(7,5) amod(7,6) obl:in(2,7) case(10,8) det(10,9) nmod:of(7,10) punct(2,11)");
  }

  @Test
  void whatWasStruckOvernightIsOfTheMorningTheNightRanInto() {
    // "Israel struck a depot overnight", told on Saturday 31 December: the night of the 30th, done by the 31st.
    HandBuiltText text = new HandBuiltText().sentence("Israel/Israel/NNP struck/strike/VBD a/a/DT depot/depot/NN overnight/overnight/RB ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) advmod(2,5) punct(2,6)").timex(5, 5, "TIME");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-31");
  }

  @Test
  void overnightLossesAreOfTheNightItself() {
    // "Shares fell after overnight losses", told on Saturday 31 December: the losses are the 30th's.
    HandBuiltText text = new HandBuiltText().sentence("Shares/share/NNS fell/fall/VBD after/after/IN overnight/overnight/JJ losses/loss/NNS ././.",
        "nsubj(2,1) root(0,2) case(5,3) amod(5,4) obl:after(2,5) punct(2,6)").timex(4, 4, "TIME");
    assertThat(dateOf(text, 5)).isEqualTo("2022-12-30");
  }

  private static HandBuiltText toldActThenCountedDay(String determiner) {
    return new HandBuiltText().sentence(
        "Somalia/Somalia/NNP suspended/suspend/VBD flights/flight/NNS on/on/IN Wednesday/Wednesday/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6)")
        .timex(5, 5, "DATE")
        .sentence(determiner + " move/move/NN came/come/VBD a/a/DT day/day/NN after/after/IN Abiy/Abiy/NNP hosted/host/VBD Bihi/Bihi/NNP ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obl:npmod(8,5) mark(8,6) nsubj(8,7) advcl:after(3,8) obj(8,9) punct(3,10)");
  }

  @Test
  void aDecadeAfterCountsBackFromTheReportWhenItsClauseHasNoDay() {
    // "Iran agreed to talks, Oman said, a decade after Manama cut ties": the "after" clause hangs
    // on "said", which has no day of its own; ten years before the report.
    HandBuiltText text = new HandBuiltText().sentence(
        "Iran/Iran/NNP agreed/agree/VBD to/to/TO talks/talk/NNS ,/,/, Oman/Oman/NNP said/say/VBD ,/,/, a/a/DT decade/decade/NN after/after/IN "
            + "Manama/Manama/NNP cut/cut/VBD ties/tie/NNS ././.",
        "nsubj(2,1) ccomp(7,2) case(4,3) obl:to(2,4) punct(7,5) nsubj(7,6) root(0,7) punct(7,8) det(10,9) dep(13,10) mark(13,11) nsubj(13,12) "
            + "advcl:after(7,13) obj(13,14) punct(7,15)");
    assertThat(dateOf(text, 13)).isEqualTo("2012");
  }

  @Test
  void aWeekendInAnAfterClauseIsTheOneBeforeItsGovernorsDay() {
    // "advised citizens on Tuesday after men were beaten over the weekend", told on Saturday 31
    // December 2022: the Tuesday is the 27th and the beating the weekend before it, not this one.
    HandBuiltText text = new HandBuiltText().sentence(
        "Britain/Britain/NNP advised/advise/VBD citizens/citizen/NNS on/on/IN Tuesday/Tuesday/NNP after/after/IN men/man/NNS were/be/VBD beaten/beat/VBN "
            + "over/over/IN the/the/DT weekend/weekend/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) mark(9,6) nsubj:pass(9,7) aux:pass(9,8) advcl:after(2,9) case(12,10) det(12,11) obl:over(9,12) punct(2,13)")
        .timex(5, 5, "DATE").timex(11, 12, "DATE");
    assertThat(dateOf(text, 2)).isEqualTo("2022-12-27");
    assertThat(dateOf(text, 9)).isEqualTo("2022-W51-WE");
    // Hung on a noun of an infinitive that the day's verb governs: "advised citizens on Tuesday to
    // avoid areas at night after men were beaten over the weekend".
    HandBuiltText onNoun = new HandBuiltText().sentence(
        "Britain/Britain/NNP advised/advise/VBD citizens/citizen/NNS on/on/IN Tuesday/Tuesday/NNP to/to/TO avoid/avoid/VB areas/area/NNS at/at/IN "
            + "night/night/NN after/after/IN men/man/NNS were/be/VBD beaten/beat/VBN over/over/IN the/the/DT weekend/weekend/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) mark(7,6) xcomp(2,7) obj(7,8) case(10,9) obl:at(7,10) mark(14,11) nsubj:pass(14,12) "
            + "aux:pass(14,13) acl:after(10,14) case(17,15) det(17,16) obl:over(14,17) punct(2,18)")
        .timex(5, 5, "DATE").timex(16, 17, "DATE");
    assertThat(dateOf(onNoun, 14)).isEqualTo("2022-W51-WE");
  }

  @Test
  void weeksOfNoNumberAfterAClauseWithADayAreTheMonthSomeThreeWeeksBefore() {
    // "Iran and Iraq held drills on Thursday, weeks after Iraq's premier visited Tehran": told on
    // Saturday 31 December 2022, the Thursday is 29 December; three weeks before is 8 December.
    HandBuiltText text = new HandBuiltText().sentence(
        "Iran/Iran/NNP held/hold/VBD drills/drill/NNS on/on/IN Thursday/Thursday/NNP ,/,/, weeks/week/NNS after/after/IN Iraq/Iraq/NNP visited/visit/VBD "
            + "Tehran/Tehran/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6) obl:npmod(10,7) mark(10,8) nsubj(10,9) advcl:after(2,10) obj(10,11) punct(2,12)")
        .timex(5, 5, "DATE");
    assertThat(dateOf(text, 10)).isEqualTo("2022-12");
  }

  @Test
  void aDayInTheClauseThatTellsWhenANounHappenedTakesThatClausesTense() {
    // "Iran agreed to restore ties after talks that ended on Tuesday": the talks' Tuesday is
    // past, though the restoring is still to come.
    HandBuiltText text = new HandBuiltText().sentence(
        "Iran/Iran/NNP agreed/agree/VBD to/to/TO restore/restore/VB ties/tie/NNS after/after/IN talks/talk/NNS that/that/WDT ended/end/VBD "
            + "on/on/IN Tuesday/Tuesday/NNP ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) obj(4,5) case(7,6) obl:after(4,7) nsubj(9,7) ref(7,8) acl:relcl(7,9) case(11,10) obl:on(9,11) punct(2,12)")
        .timex(11, 11, "DATE");
    var index = new DependencyIndex(text.build(SATURDAY_31_DEC_2022));
    assertThat(TALKS_ARE_EVENTS.date(index, java.util.List.of(3), SATURDAY_31_DEC_2022, Tense.FUTURE).value()).isEqualTo("2022-12-27");
  }

  /** A dater that knows "talks" names a happening. */
  private static final EventDater TALKS_ARE_EVENTS = new EventDater(lemma -> lemma.equals("talk"));

  @Test
  void aRelativeClauseOnAPlaceDoesNotTellWhenTheTalksHappened() {
    // "Syria held talks with Azerbaijan on gas supplies through Turkey, which began in August
    // 2025": a country begins nothing; August 2025 is the supplies' background, not the talks'.
    HandBuiltText text = new HandBuiltText().sentence(
        "Syria/Syria/NNP/LOCATION held/hold/VBD talks/talk/NNS with/with/IN Azerbaijan/Azerbaijan/NNP/LOCATION on/on/IN gas/gas/NN supplies/supply/NNS "
            + "through/through/IN Turkey/Turkey/NNP/LOCATION ,/,/, which/which/WDT began/begin/VBD in/in/IN August/August/NNP 2025/2025/CD ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:with(3,5) case(8,6) compound(8,7) nmod:on(3,8) case(10,9) obl:through(2,10) nsubj(13,10) "
            + "punct(10,11) ref(10,12) acl:relcl(10,13) case(15,14) obl:in(13,15) nummod(15,16) punct(2,17)")
        .timex(15, 16, "DATE");
    LocalDate thursday = LocalDate.of(2026, 11, 12);
    var index = new DependencyIndex(text.build(thursday));
    assertThat(TALKS_ARE_EVENTS.date(index, java.util.List.of(1), thursday, Tense.PAST).value()).isEqualTo("2026-11-12");
  }

  @Test
  void aTimeInAnAppositionOfTheSubjectIsNotTheActs() {
    // "Israel, which established ties with Bahrain in 2020, criticised Iran", as the parser reads
    // it: "which established" the determiner and adjective of "ties", an apposition of "Israel".
    HandBuiltText text = new HandBuiltText().sentence(
        "Israel/Israel/NNP ,/,/, which/which/WDT established/establish/VBD ties/tie/NNS with/with/IN Bahrain/Bahrain/NNP in/in/IN 2020/2020/CD ,/,/, "
            + "criticised/criticise/VBD Iran/Iran/NNP ././.",
        "nsubj(11,1) punct(1,2) det(5,3) amod(5,4) appos(1,5) case(7,6) nmod:with(5,7) case(9,8) nmod:in(7,9) punct(1,10) root(0,11) obj(11,12) punct(11,13)")
        .timex(9, 9, "DATE");
    assertThat(dateOf(text, 11)).isEqualTo("2022-12-31");
  }

  @Test
  void anIntentIsDatedByTheDayItWasToldInTheTellingsOwnTense() {
    // "Kato said Friday the party would stay": told last Friday, not the next one.
    EventDater teller = new EventDater(lemma -> false, lemma -> lemma.equals("say"));
    HandBuiltText text = new HandBuiltText().sentence(
        "Kato/Kato/NNP/PERSON said/say/VBD Friday/Friday/NNP the/the/DT party/party/NN would/would/MD stay/stay/VB ././.",
        "nsubj(2,1) root(0,2) obl:tmod(2,3) det(5,4) nsubj(7,5) aux(7,6) ccomp(2,7) punct(2,8)").timex(3, 3, "DATE");
    var index = new DependencyIndex(text.build(SATURDAY_31_DEC_2022));
    assertThat(teller.date(index, java.util.List.of(6), SATURDAY_31_DEC_2022, Tense.FUTURE).value()).isEqualTo("2022-12-30");
  }

  @Test
  void aDayNamedEarlierCountsInItsOwnClausesTense() {
    // "On Friday, Cohen will visit Seoul, hit by protests": the Friday ahead is no date of a past act.
    HandBuiltText text = new HandBuiltText().sentence(
        "On/on/IN Friday/Friday/NNP ,/,/, Cohen/Cohen/NNP/PERSON will/will/MD visit/visit/VB Seoul/Seoul/NNP/LOCATION ,/,/, hit/hit/VBN by/by/IN protests/protest/NNS ././.",
        "case(2,1) obl:on(6,2) punct(6,3) nsubj(6,4) aux(6,5) root(0,6) obj(6,7) punct(7,8) acl(7,9) case(11,10) obl:by(9,11) punct(6,12)")
        .timex(2, 2, "DATE");
    var index = new DependencyIndex(text.build(SATURDAY_31_DEC_2022));
    assertThat(dater.date(index, java.util.List.of(8), SATURDAY_31_DEC_2022, Tense.PAST).value()).isNotEqualTo("2022-12-30");
  }
}
