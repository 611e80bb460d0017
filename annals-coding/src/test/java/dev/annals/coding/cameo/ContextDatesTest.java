package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** Dates an event takes from its object or from the sentence before. */
class ContextDatesTest {
  @Test
  void aTimeOnTheSignedAgreementIsTheSigningsTime() {
    // "Chile and Peru signed an agreement in 2021."
    assertThat(code("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN in/in/IN 2021/2021/CD ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) nmod:in(6,8) punct(4,9)").events())
        .filteredOn(e -> e.type().code().equals("057")).isNotEmpty().allMatch(e -> e.date().value().equals("2021"));
  }

  @Test
  void twoSidesOfOneCountryCooperatingAgainAreCodedLikeAnyOthers() {
    // "The Peruvian government signed an agreement with Peruvian rebels on Monday. The government
    // met the rebels in Lima.": the sides' countries are one (this once stopped the coder).
    var article = code(new HandBuiltText()
        .sentence("The/the/DT Peruvian/Peruvian/JJ/MISC government/government/NN signed/sign/VBD an/a/DT agreement/agreement/NN with/with/IN "
                + "Peruvian/Peruvian/JJ/MISC rebels/rebel/NNS on/on/IN Monday/Monday/NNP ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(9,7) amod(9,8) obl:with(4,9) case(11,10) obl:on(4,11) punct(4,12)")
        .sentence("The/the/DT government/government/NN met/meet/VBD the/the/DT rebels/rebel/NNS in/in/IN Lima/Lima/NNP/LOCATION ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PERGOV PERREB 057").anyMatch(t -> t.startsWith("PERGOV PERREB 04"));
  }

  @Test
  void talksAgreedOnForNextWeekDoNotDateTheAgreement() {
    // "Chile and Peru agreed on a ceasefire and on talks next week." (published 2023-05-10)
    assertThat(code("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD on/on/IN a/a/DT ceasefire/ceasefire/NN and/and/CC "
            + "on/on/IN talks/talk/NNS next/next/JJ week/week/NN ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) case(7,5) det(7,6) obl:on(4,7) cc(10,8) case(10,9) obl:on(4,10) conj:and(7,10) "
            + "amod(12,11) obl:tmod(10,12) punct(4,13)").events())
        .filteredOn(e -> e.type().code().startsWith("087")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void aPastActIsNotDatedByTheTimeOfWhatItPlans() {
    // "Chile invited Peru to a meeting next week." (published 2023-05-10: the invitation is not next week's)
    assertThat(code("Chile/Chile/NNP/LOCATION invited/invite/VBD Peru/Peru/NNP/LOCATION to/to/IN a/a/DT meeting/meeting/NN next/next/JJ week/week/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:to(2,6) amod(8,7) obl:tmod(2,8) punct(2,9)").events())
        .filteredOn(e -> e.source().code().equals("CHL")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void whatAnActHappensAheadOfDoesNotDateIt() {
    // "Chile accused Peru of meddling ahead of April's election." (published 2023-05-10: April is not the accusation's)
    assertThat(code("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN meddling/meddle/VBG ahead/ahead/RB of/of/IN "
            + "April/April/NNP 's/'s/POS election/election/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) advmod(5,6) case(10,7) nmod:poss(10,8) case(8,9) obl:of(6,10) punct(2,11)").events())
        .filteredOn(e -> e.type().code().startsWith("112")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void anAppealMadeWhenTheSidesMetIsOfThatMeeting() {
    // "Chile asked Peru to open the border when the two presidents met in March." (published in May 2023)
    assertThat(code("Chile/Chile/NNP/LOCATION asked/ask/VBD Peru/Peru/NNP/LOCATION to/to/TO open/open/VB the/the/DT border/border/NN when/when/WRB the/the/DT "
            + "two/two/CD presidents/president/NNS met/meet/VBD in/in/IN March/March/NNP/DATE ././.",
        "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) det(7,6) obj(5,7) advmod(12,8) det(11,9) nummod(11,10) nsubj(12,11) "
            + "advcl(5,12) case(14,13) obl:in(12,14) punct(2,15)").events())
        .filteredOn(e -> e.type().code().startsWith("02")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-03"));
  }

  @Test
  void hoursLaterIsTheDayOfTheEventBefore() {
    // Published Wednesday 2023-05-10: "Chile expelled Peru's envoy on Monday. Hours later Peru expelled Chile's envoy."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peru/Peru/NNP/LOCATION 's/'s/POS envoy/envoy/NN on/on/IN Monday/Monday/NNP ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) obl:on(2,7) punct(2,8)")
        .sentence("Hours/hour/NNS later/later/RB Peru/Peru/NNP/LOCATION expelled/expel/VBD Chile/Chile/NNP/LOCATION 's/'s/POS envoy/envoy/NN ././.",
            "obl:npmod(2,1) advmod(4,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) punct(4,8)");
    assertThat(code(text).events()).filteredOn(e -> e.source().code().startsWith("PER")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void forceASideSaysItHadUsedIsItsForceToldOnADayBefore() {
    // Published Wednesday 2023-05-10: "Chile shelled Peru on Monday. Chile said its forces had
    // struck Peru's troops."
    assertThat(forceToldAgainBy("Chile/Chile/NNP/LOCATION")).filteredOn(e -> e.type().code().startsWith("19") && e.mentions().stream().anyMatch(m -> m.sentence() == 1))
        .isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void forceAnotherSideSaysItHadUsedIsNotTheFirstSidesDay() {
    // "Chile shelled Peru on Monday. Bolivia said its forces had struck Peru's troops": Bolivia's
    // force is another deed, with no day of its own.
    assertThat(forceToldAgainBy("Bolivia/Bolivia/NNP/LOCATION")).filteredOn(e -> e.type().code().startsWith("19") && e.mentions().stream().anyMatch(m -> m.sentence() == 1))
        .isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  private static java.util.List<dev.annals.model.Event> forceToldAgainBy(String teller) {
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION shelled/shell/VBD Peru/Peru/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6)")
        .timex(5, 5, "DATE")
        .sentence(teller + " said/say/VBD its/its/PRP$ forces/force/NNS had/have/VBD struck/strike/VBN Peru/Peru/NNP/LOCATION 's/'s/POS troops/troops/NNS ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) nmod:poss(9,7) case(7,8) obj(6,9) punct(2,10)");
    return code(text).events();
  }

  @Test
  void theTimeOfTheDeedThanksAreForIsNotTheThanks() {
    // "Chile thanked Peru for handing over suspects last month." (published 2023-05-10)
    assertThat(code("Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION for/for/IN handing/hand/VBG over/over/RP suspects/suspect/NNS "
            + "last/last/JJ month/month/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:for(2,5) compound:prt(5,6) obj(5,7) amod(9,8) obl:tmod(5,9) punct(2,10)").events())
        .filteredOn(e -> e.type().code().equals("051")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void laterInThePastIsTheDayOfTheStorysLastDatedEvent() {
    // Published Wednesday 2023-05-10: "Chile, which signed a treaty with Peru in 2021, expelled Peru's envoy on Monday. Peru later expelled Chile's envoy."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION ,/,/, which/which/WDT signed/sign/VBD a/a/DT treaty/treaty/NN with/with/IN Peru/Peru/NNP/LOCATION in/in/IN 2021/2021/CD ,/,/, "
            + "expelled/expel/VBD Peru/Peru/NNP/LOCATION 's/'s/POS envoy/envoy/NN on/on/IN Monday/Monday/NNP ././.",
            "nsubj(12,1) punct(1,2) nsubj(4,1) ref(1,3) acl:relcl(1,4) det(6,5) obj(4,6) case(8,7) obl:with(4,8) case(10,9) obl:in(4,10) punct(1,11) root(0,12) "
                + "nmod:poss(15,13) case(13,14) obj(12,15) case(17,16) obl:on(12,17) punct(12,18)")
        .sentence("Peru/Peru/NNP/LOCATION later/later/RB expelled/expel/VBD Chile/Chile/NNP/LOCATION 's/'s/POS envoy/envoy/NN ././.",
            "nsubj(3,1) advmod(3,2) root(0,3) nmod:poss(6,4) case(4,5) obj(3,6) punct(3,7)");
    assertThat(code(text).events()).filteredOn(e -> e.source().code().startsWith("PER")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void aRelativeClauseInThePastHappensOnTheOccasionOfItsNounsClause() {
    // Published Wednesday 2023-05-10: "Chile expelled Peru's envoy on Monday. Bolivia later received Peru's envoy, who praised Chile."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peru/Peru/NNP/LOCATION 's/'s/POS envoy/envoy/NN on/on/IN Monday/Monday/NNP ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) obl:on(2,7) punct(2,8)")
        .sentence("Bolivia/Bolivia/NNP/LOCATION later/later/RB received/receive/VBD Peru/Peru/NNP/LOCATION 's/'s/POS envoy/envoy/NN ,/,/, who/who/WP praised/praise/VBD Chile/Chile/NNP/LOCATION ././.",
            "nsubj(3,1) advmod(3,2) root(0,3) nmod:poss(6,4) case(4,5) obj(3,6) punct(6,7) nsubj(9,6) ref(6,8) acl:relcl(6,9) obj(9,10) punct(3,11)");
    assertThat(code(text).events()).filteredOn(e -> e.type().code().startsWith("05")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void aWithClauseHappensAtItsMainClausesTime() {
    // Published Wednesday 2023-05-10: "Chile held talks with Peru on Monday, with Bolivia criticising Peru."
    assertThat(code("Chile/Chile/NNP/LOCATION held/hold/VBD talks/talk/NNS with/with/IN Peru/Peru/NNP/LOCATION on/on/IN Monday/Monday/NNP ,/,/, "
            + "with/with/IN Bolivia/Bolivia/NNP/LOCATION criticising/criticise/VBG Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:with(2,5) case(7,6) obl:on(2,7) punct(2,8) mark(11,9) nsubj(11,10) advcl:with(2,11) obj(11,12) punct(2,13)").events())
        .filteredOn(e -> e.source().code().startsWith("BOL")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void aTimeClosingTheSecondOfTwoJoinedActsDatesTheFirst() {
    // Published Wednesday 2023-05-10: "Chilean police detained ten fishermen and seized their boats on Monday."
    assertThat(code("Chilean/Chilean/JJ/MISC police/police/NNS detained/detain/VBD ten/ten/CD fishermen/fisherman/NNS and/and/CC seized/seize/VBD "
            + "their/they/PRP$ boats/boat/NNS on/on/IN Monday/Monday/NNP ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) cc(7,6) conj:and(3,7) nsubj(7,2) nmod:poss(9,8) obj(7,9) case(11,10) obl:on(7,11) punct(3,12)").events())
        .filteredOn(e -> e.type().code().startsWith("173")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void aHostingToldInARelativeClauseAfterTheSidesMetOnADayWasThatDay() {
    // Published Wednesday 2023-05-10: "Turkey and Azerbaijan signed a deal in Ankara on Monday.
    // Erdogan, who hosted Aliyev, praised the deal.": the hosting was Monday's, not the report's day.
    var article = code(new HandBuiltText()
        .sentence("Turkey/Turkey/NNP/LOCATION and/and/CC Azerbaijan/Azerbaijan/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN in/in/IN Ankara/Ankara/NNP/LOCATION "
            + "on/on/IN Monday/Monday/NNP ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) obl:in(4,8) case(10,9) obl:on(4,10) punct(4,11)")
        .timex(10, 10, "DATE")
        .sentence("Erdogan/Erdogan/NNP/PERSON ,/,/, who/who/WP hosted/host/VBD Aliyev/Aliyev/NNP/PERSON ,/,/, praised/praise/VBD the/the/DT deal/deal/NN ././.",
            "nsubj(7,1) punct(1,2) ref(1,3) nsubj(4,1) acl:relcl(1,4) obj(4,5) punct(1,6) root(0,7) det(9,8) obj(7,9) punct(7,10)"));
    assertThat(article.events()).extracting(e -> triple(e) + " " + e.date().value()).contains("TURGOV AZEGOV 043 2023-05-08");
  }

  @Test
  void aFirstActTaggedAsAParticipleIsStillDatedByTheTimeClosingTheSecond() {
    // Published Wednesday 2023-05-10: "Chilean police detained/VBN ten fishermen and seized/VBD
    // their boats on Monday": the tagger's participle is a past tense with no auxiliary. The
    // seizure's target is the fishermen, whose boats they were.
    var events = code("Chilean/Chilean/JJ/MISC police/police/NNS detained/detain/VBN ten/ten/CD fishermen/fisherman/NNS and/and/CC seized/seize/VBD "
            + "their/they/PRP$ boats/boat/NNS on/on/IN Monday/Monday/NNP ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) cc(7,6) conj:and(3,7) nsubj(7,2) nmod:poss(9,8) obj(7,9) case(11,10) obl:on(7,11) punct(3,12)").events();
    assertThat(events).filteredOn(e -> e.type().code().startsWith("173")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
    assertThat(events).extracting(e -> triple(e)).contains("CHLCOP CHLCVL 1711");
  }

  @Test
  void aTimeClosingTheLaterActBeforeAnAfterClauseDatesTheFirstToo() {
    // Published Wednesday 2023-05-10: "Chilean police detained 11 fishermen and seized their boats on
    // Monday after the boats entered Chile's waters."
    var events = code("Chilean/Chilean/JJ/MISC police/police/NNS detained/detain/VBD 11/11/CD fishermen/fisherman/NNS and/and/CC seized/seize/VBD "
            + "their/they/PRP$ boats/boat/NNS on/on/IN Monday/Monday/NNP after/after/IN they/they/PRP entered/enter/VBD Chile/Chile/NNP/LOCATION "
            + "'s/'s/POS waters/water/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) cc(7,6) conj:and(3,7) nsubj(7,2) nmod:poss(9,8) obj(7,9) case(11,10) obl:on(7,11) "
            + "mark(14,12) nsubj(14,13) advcl:after(7,14) nmod:poss(17,15) case(15,16) obj(14,17) punct(3,18)").events();
    assertThat(events).filteredOn(e -> e.type().code().startsWith("173")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void aTimeClosingALaterActInAnotherTenseDoesNotDateTheFirst() {
    // Published 2023-05-10: "Chile and Peru already cooperate against smuggling and signed a treaty in 1995."
    assertThat(code("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION already/already/RB cooperate/cooperate/VBP against/against/IN "
            + "smuggling/smuggling/NN and/and/CC signed/sign/VBD a/a/DT treaty/treaty/NN in/in/IN 1995/1995/CD ././.",
        "nsubj(5,1) cc(3,2) conj:and(1,3) nsubj(5,3) advmod(5,4) root(0,5) case(7,6) obl:against(5,7) cc(9,8) conj:and(5,9) nsubj(9,1) nsubj(9,3) "
            + "det(11,10) obj(9,11) case(13,12) obl:in(9,13) punct(5,14)").events())
        .flatExtracting(e -> e.mentions()).extracting(m -> m.type().code() + " " + m.date().value()).contains("057 1995").anyMatch(t -> t.startsWith("050"))
        .doesNotContain("050 1995");
  }

  @Test
  void aTimeRightAfterTheSecondOfTwoJoinedActsDatesTheFirstToo() {
    // Published Wednesday 2023-05-10: "Chile criticised Peru and threatened on Monday to sue Peru."
    assertThat(code("Chile/Chile/NNP/LOCATION criticised/criticise/VBD Peru/Peru/NNP/LOCATION and/and/CC threatened/threaten/VBD on/on/IN Monday/Monday/NNP "
            + "to/to/TO sue/sue/VB Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(2,5) nsubj(5,1) case(7,6) obl:on(5,7) mark(9,8) xcomp(5,9) obj(9,10) punct(2,11)").events())
        .filteredOn(e -> e.type().code().startsWith("111")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void aMonthAfterACountsFromTheSayingsDayPastAClauseOfNoDayOfItsOwn() {
    // Published Wednesday 2023-05-10: "Chile said on Monday it would follow within weeks, a month
    // after Peru removed Bolivia from its list.", the parser hanging the clause on "weeks".
    assertThat(code("Chile/Chile/NNP/LOCATION said/say/VBD on/on/IN Monday/Monday/NNP it/it/PRP would/would/MD follow/follow/VB within/within/IN "
            + "weeks/week/NNS ,/,/, a/a/DT month/month/NN after/after/IN Peru/Peru/NNP/LOCATION removed/remove/VBD Bolivia/Bolivia/NNP/LOCATION "
            + "from/from/IN its/its/PRP$ list/list/NN ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:on(2,4) nsubj(7,5) aux(7,6) ccomp(2,7) case(9,8) obl:within(7,9) punct(9,10) det(12,11) dep(15,12) "
            + "mark(15,13) nsubj(15,14) dep(9,15) obj(15,16) case(19,17) nmod:poss(19,18) obl:from(15,19) punct(2,20)").events())
        .filteredOn(e -> e.type().code().equals("085")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-04"));
  }

  @Test
  void aTimeOpeningTheSecondActDatesTheFirstToo() {
    // Published Wednesday 2023-05-10: "Chilean police detained ten fishermen and on Monday seized
    // their boats.": the detention, told first with no time of its own, came by the Monday.
    assertThat(code("Chilean/Chilean/JJ/MISC police/police/NNS detained/detain/VBD ten/ten/CD fishermen/fisherman/NNS and/and/CC on/on/IN Monday/Monday/NNP "
            + "seized/seize/VBD their/they/PRP$ boats/boat/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) cc(9,6) case(8,7) obl:on(9,8) conj:and(3,9) nsubj(9,2) nmod:poss(11,10) obj(9,11) punct(3,12)").events())
        .filteredOn(e -> e.type().code().startsWith("173")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void aTimeInsideAnotherDoersActDatesOnlyThatAct() {
    // "Chilean police detained ten fishermen and the navy on Monday seized their boats.": the time is the navy's.
    assertThat(code("Chilean/Chilean/JJ/MISC police/police/NNS detained/detain/VBD ten/ten/CD fishermen/fisherman/NNS and/and/CC the/the/DT navy/navy/NN "
            + "on/on/IN Monday/Monday/NNP seized/seize/VBD their/they/PRP$ boats/boat/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) cc(11,6) det(8,7) nsubj(11,8) case(10,9) obl:on(11,10) conj:and(3,11) nmod:poss(13,12) "
            + "obj(11,13) punct(3,14)").events())
        .filteredOn(e -> e.type().code().startsWith("173")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void anActADayBeforeTheNamedDayIsDatedTheDayBefore() {
    // Published Wednesday 2023-05-10: "Peru began drills on Tuesday, a day after Chile signed a deal with Bolivia."
    assertThat(code("Peru/Peru/NNP/LOCATION began/begin/VBD drills/drill/NNS on/on/IN Tuesday/Tuesday/NNP ,/,/, a/a/DT day/day/NN after/after/IN "
            + "Chile/Chile/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN with/with/IN Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(5,6) det(8,7) dep(11,8) mark(11,9) nsubj(11,10) dep(5,11) det(13,12) obj(11,13) "
            + "case(15,14) obl:with(11,15) punct(2,16)").events())
        .filteredOn(e -> e.type().code().equals("057")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void twoDaysBeforeTheMainActCountsForward() {
    // Published Wednesday 2023-05-10: "Chile signed a deal on Monday, two days before Peru began drills."
    assertThat(code("Chile/Chile/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN on/on/IN Monday/Monday/NNP ,/,/, two/two/CD days/day/NNS before/before/IN "
            + "Peru/Peru/NNP/LOCATION began/begin/VBD drills/drill/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:on(2,6) punct(2,7) nummod(9,8) obl:npmod(12,9) mark(12,10) nsubj(12,11) advcl:before(2,12) "
            + "obj(12,13) punct(2,14)").events())
        .filteredOn(e -> e.source().code().startsWith("PER")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void aYearBeforeAThingsNameIsNotTheTimeOfWhatIsDoneToIt() {
    // "Chile accused Peru of violating the 1954 convention on asylum." (published 2023-05-10)
    assertThat(code("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN violating/violate/VBG the/the/DT 1954/1954/CD "
            + "convention/convention/NN on/on/IN asylum/asylum/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) det(8,6) nummod(8,7) obj(5,8) case(10,9) nmod:on(8,10) punct(2,11)").events())
        .filteredOn(e -> e.source().code().startsWith("CHL")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void aYearBeforeAnAgreementFartherDownIsTheAgreementsNotTheSayings() {
    // "Greece says breaches the 2018 agreement.", as the parser reads "which Athens says breaches
    // the 2018 Prespa agreement", with "breaches" a noun. (published 2023-05-10)
    assertThat(code("Greece/Greece/NNP/LOCATION says/say/VBZ breaches/breach/NNS the/the/DT 2018/2018/CD agreement/agreement/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) det(6,4) nummod(6,5) obj(3,6) punct(2,7)").events())
        .filteredOn(e -> e.source().code().startsWith("GRC")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void aClauseOnAnEventNounHappenedInThatNounsYear() {
    // "Chile recalled the 2019 raid in which Bolivia attacked Peru." (published 2023-05-10)
    assertThat(code("Chile/Chile/NNP/LOCATION recalled/recall/VBD the/the/DT 2019/2019/CD raid/raid/NN in/in/IN which/which/WDT "
            + "Bolivia/Bolivia/NNP/LOCATION attacked/attack/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(5,3) nummod(5,4) obj(2,5) case(7,6) obl:in(9,7) nsubj(9,8) acl:relcl(5,9) obj(9,10) punct(2,11)").events())
        .filteredOn(e -> e.source().code().startsWith("BOL")).isNotEmpty().allMatch(e -> e.date().value().equals("2019"));
  }

  @Test
  void whatWouldBeDoneDoesNotTakeAPastTimeFromTheClauseItIsJoinedTo() {
    // "Chile said Peru attacked Bolivia in 2019 and would attack Bolivia again." (published 2023-05-10)
    assertThat(code("Chile/Chile/NNP/LOCATION said/say/VBD Peru/Peru/NNP/LOCATION attacked/attack/VBD Bolivia/Bolivia/NNP/LOCATION in/in/IN 2019/2019/CD "
            + "and/and/CC would/would/MD attack/attack/VB Bolivia/Bolivia/NNP/LOCATION again/again/RB ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) nsubj(10,3) ccomp(2,4) obj(4,5) case(7,6) obl:in(4,7) cc(10,8) aux(10,9) conj:and(4,10) obj(10,11) "
            + "advmod(10,12) punct(2,13)").events())
        .filteredOn(e -> e.source().code().startsWith("PER")).extracting(e -> e.date().value()).contains("2019", "2023-05-10");
  }

  @Test
  void theTimeOfTheActAccusedOfDoesNotDateTheAccusationThoughItsOfHangsOnTheVerb() {
    // "Chile accused Peru of attacking boats on Friday.", the parser hanging "of" on "accused"
    // and the attack on "of" (published Wednesday 2023-05-10: the accusation is the day's)
    assertThat(code("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN attacking/attack/VBG boats/boat/NNS on/on/IN "
            + "Friday/Friday/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) advcl(2,4) dep(4,5) obj(5,6) case(8,7) obl:on(5,8) punct(2,9)").events())
        .filteredOn(e -> e.type().code().startsWith("112")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void whatAnAccusationSaysHasGoneOnSinceIsNotItsTime() {
    // "Chile accused Peru of moving shells since last year.", with "moving" read as an adjective
    // and "since last year" hung on "accused" (published 2023-05-10)
    assertThat(code("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN moving/moving/JJ shells/shell/NNS since/since/IN "
            + "last/last/JJ year/year/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:of(2,6) case(9,7) amod(9,8) obl:since(2,9) punct(2,10)").events())
        .filteredOn(e -> e.type().code().startsWith("112")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void anArticleThatOpensWithATimeIsDatedThoughItAccuses() {
    // "Yesterday Chile accused Peru of attacking boats." (a time at the article's first word)
    assertThat(code("Yesterday/yesterday/NN Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN attacking/attack/VBG "
            + "boats/boat/NNS ././.",
        "obl:tmod(3,1) nsubj(3,2) root(0,3) obj(3,4) mark(6,5) advcl:of(3,6) obj(6,7) punct(3,8)").events())
        .filteredOn(e -> e.type().code().startsWith("112")).isNotEmpty();
  }

  @Test
  void aDayHungOnTheAccusingVerbIsTheAccusations() {
    // "Chile accused Peru of massing troops on Monday.", "on Monday" hung on "accused"
    assertThat(code("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN massing/mass/VBG troops/troop/NNS on/on/IN "
            + "Monday/Monday/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) obj(5,6) case(8,7) obl:on(2,8) punct(2,9)").events())
        .filteredOn(e -> e.type().code().startsWith("112")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void theTimeOfTheActAccusedOfDoesNotDateTheAccusation() {
    // "Chile accused Peru of blocking the road since Monday." (published Wednesday 2023-05-10: the
    // blocking began on Monday, the accusation is the day's)
    assertThat(code("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN blocking/block/VBG the/the/DT road/road/NN since/since/IN "
            + "Monday/Monday/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) det(7,6) obj(5,7) case(9,8) obl:since(5,9) punct(2,10)").events())
        .filteredOn(e -> e.type().code().startsWith("112")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void theTimeOfWhatAParticipleOfSpeechReportsDoesNotDateTheMainVerb() {
    // "Chile criticised Peru on Monday, saying Lima had blocked the road since 2019." with
    // "saying" parsed as the mark of an adverbial clause: 2019 is the blocking's, not the criticism's.
    assertThat(code("Chile/Chile/NNP/LOCATION criticised/criticise/VBD Peru/Peru/NNP/LOCATION ,/,/, saying/say/VBG Lima/Lima/NNP/LOCATION had/have/VBD "
            + "blocked/block/VBN the/the/DT road/road/NN since/since/IN 2019/2019/CD ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4) mark(8,5) nsubj(8,6) aux(8,7) advcl:saying(2,8) det(10,9) obj(8,10) case(12,11) obl:since(8,12) punct(2,13)").events())
        .filteredOn(e -> e.type().code().equals("111")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void aTimeInThePossessiveDatesItsNounNotTheVerb() {
    // "Chile criticised Peru for last month's decision." (published 2023-05-10): the decision was
    // last month's, the criticism is the day's.
    assertThat(code("Chile/Chile/NNP/LOCATION criticised/criticise/VBD Peru/Peru/NNP/LOCATION for/for/IN last/last/JJ month/month/NN 's/'s/POS "
            + "decision/decision/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(8,4) amod(6,5) nmod:poss(8,6) case(6,7) obl:for(2,8) punct(2,9)").events())
        .filteredOn(e -> e.type().code().equals("111")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-10"));
  }

  @Test
  void aPossessiveTimeOfTheOccasionStillDatesTheVerb() {
    // "In Monday's unrest, Chileans attacked Peruvian troops." (published Wednesday 2023-05-10)
    assertThat(code("In/in/IN Monday/Monday/NNP 's/'s/POS unrest/unrest/NN ,/,/, Chileans/Chilean/NNPS/MISC attacked/attack/VBD Peruvian/Peruvian/JJ/MISC "
            + "troops/troop/NNS ././.",
        "case(4,1) nmod:poss(4,2) case(2,3) obl:in(7,4) punct(7,5) nsubj(7,6) root(0,7) amod(9,8) obj(7,9) punct(7,10)").events())
        .isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
    // "Monday's protesters attacked Peruvian troops.": the subject's time is the clause's.
    assertThat(code("Monday/Monday/NNP 's/'s/POS protesters/protester/NNS attacked/attack/VBD Peruvian/Peruvian/JJ/MISC troops/troop/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7)").events())
        .isNotEmpty().allMatch(e -> e.date().value().equals("2023-05-08"));
  }

  @Test
  void fightingThatBrokeOutIsBetweenItsSidesOnTheDayOfBreakingOut() {
    // "Fighting broke out between Armenian and Azerbaijani troops on Monday." (published Wednesday 2023-05-10)
    assertThat(code("Fighting/fighting/NN broke/break/VBD out/out/RP between/between/IN Armenian/Armenian/JJ/MISC and/and/CC Azerbaijani/Azerbaijani/JJ/MISC "
            + "troops/troop/NNS on/on/IN Monday/Monday/NNP ././.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) case(8,4) amod(8,5) cc(7,6) amod(8,7) conj:and(5,7) obl:between(2,8) case(10,9) obl:on(2,10) punct(2,11)").events())
        .extracting(e -> triple(e) + " " + e.date().value()).contains("ARMMIL AZEMIL 190 2023-05-08");
  }

  @Test
  void anActYearsBeforeTheNamedDayIsDatedByItsYear() {
    // Published Wednesday 2023-05-10: "Peru began drills on Tuesday, nearly two years after Chile signed a deal with Bolivia."
    assertThat(code("Peru/Peru/NNP/LOCATION began/begin/VBD drills/drill/NNS on/on/IN Tuesday/Tuesday/NNP ,/,/, nearly/nearly/RB two/two/CD years/year/NNS "
            + "after/after/IN Chile/Chile/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN with/with/IN Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6) advmod(8,7) nummod(9,8) dep(12,9) mark(12,10) nsubj(12,11) advcl:after(2,12) "
            + "det(14,13) obj(12,14) case(16,15) obl:with(12,16) punct(2,17)").events())
        .filteredOn(e -> e.type().code().equals("057")).isNotEmpty().allMatch(e -> e.date().value().equals("2021"));
  }

  @Test
  void anActMonthsBeforeTheNamedDayIsDatedByItsMonth() {
    // Published Wednesday 2023-05-10: "Peru began drills on Tuesday, three months after Chile signed a deal with Bolivia."
    assertThat(code("Peru/Peru/NNP/LOCATION began/begin/VBD drills/drill/NNS on/on/IN Tuesday/Tuesday/NNP ,/,/, three/three/CD months/month/NNS "
            + "after/after/IN Chile/Chile/NNP/LOCATION signed/sign/VBD a/a/DT deal/deal/NN with/with/IN Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) punct(2,6) nummod(8,7) dep(11,8) mark(11,9) nsubj(11,10) advcl:after(2,11) "
            + "det(13,12) obj(11,13) case(15,14) obl:with(11,15) punct(2,16)").events())
        .filteredOn(e -> e.type().code().equals("057")).isNotEmpty().allMatch(e -> e.date().value().equals("2023-02"));
  }

  @Test
  void aMeansTakesTheTimeOfWhatItWasDoneBy() {
    // Published Wednesday 2023-05-10: "Chile expelled Peru's envoy on Monday. Peru responded hours later by expelling Chile's envoy."
    assertThat(code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION expelled/expel/VBD Peru/Peru/NNP/LOCATION 's/'s/POS envoy/envoy/NN on/on/IN Monday/Monday/NNP ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) obl:on(2,7) punct(2,8)")
        .sentence("Peru/Peru/NNP/LOCATION responded/respond/VBD hours/hour/NNS later/later/RB by/by/IN expelling/expel/VBG Chile/Chile/NNP/LOCATION 's/'s/POS "
            + "envoy/envoy/NN ././.",
            "nsubj(2,1) root(0,2) obl:npmod(4,3) advmod(2,4) mark(6,5) advcl:by(2,6) nmod:poss(9,7) case(7,8) obj(6,9) punct(2,10)")).events())
        .filteredOn(e -> e.source().code().startsWith("PER")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2023-05-08"));
  }
}
