package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A document named again speaks for its sender on the day it was sent; a relative clause on a noun
 * another verb takes has that verb's subject and day; an office of government tells its own
 * state's deeds; a ministry's or navy's spokesman is of the one the article named.
 */
class DocumentsAndTellersTest {
  /** A Thursday. */
  private static final LocalDate THURSDAY = LocalDate.of(2025, 11, 20);
  /** A Friday. */
  private static final LocalDate FRIDAY = LocalDate.of(2025, 12, 12);

  @Test
  void aNoteNamedAgainSpeaksForItsSenderOnTheDayItWasSent() {
    // "Slovenia sent a protest note to Italy on Tuesday. The note demanded an assessment."
    var article = code(new HandBuiltText()
        .sentence("Slovenia/Slovenia/NNP/LOCATION sent/send/VBD a/a/DT protest/protest/NN note/note/NN to/to/IN Italy/Italy/NNP/LOCATION on/on/IN "
                + "Tuesday/Tuesday/NNP/DATE ././.",
            "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,5) case(7,6) obl:to(2,7) case(9,8) obl:on(2,9) punct(2,10)")
        .sentence("The/the/DT note/note/NN demanded/demand/VBD an/a/DT assessment/assessment/NN ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)"), THURSDAY);
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("10")).isNotEmpty()
        .allMatch(e -> e.source().code().startsWith("SVN") && e.date().value().equals("2025-11-18"));
  }

  @Test
  void aRelativeClauseOnANounAnotherVerbTakesHasThatVerbsSubjectAndDay() {
    // "Ukraine imposed sanctions on Wednesday on 14 Chinese companies that it accused of fraud."
    // The enhanced parse makes "companies" the object of "accused" before the "on" of "imposed".
    var article = code(new HandBuiltText().sentence(
        "Ukraine/Ukraine/NNP/LOCATION imposed/impose/VBD sanctions/sanction/NNS on/on/IN Wednesday/Wednesday/NNP/DATE on/on/IN 14/14/CD "
            + "Chinese/Chinese/JJ/MISC companies/company/NNS that/that/WDT it/it/PRP accused/accuse/VBD of/of/IN fraud/fraud/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:on(2,5) case(9,6) nummod(9,7) amod(9,8) obj(12,9) obl:on(2,9) ref(9,10) nsubj(12,11) "
            + "acl:relcl(9,12) case(14,13) obl:of(12,14) punct(2,15)"), FRIDAY);
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("112")).isNotEmpty()
        .allMatch(e -> e.source().code().equals("UKR") && e.target().map(t -> t.code()).orElse("-").equals("CHNBUS") && e.date().value().equals("2025-12-10"));
  }

  @Test
  void anOfficeOfGovernmentOfNoCountryTellsItsOwnStatesDeed() {
    // "Ukraine imposed sanctions on Chinese companies, the presidential office said. China
    // condemned the sanctions.": in a story that names China most, the office is Ukraine's.
    var article = code(new HandBuiltText()
        .sentence("Ukraine/Ukraine/NNP/LOCATION imposed/impose/VBD sanctions/sanction/NNS on/on/IN Chinese/Chinese/JJ/MISC companies/company/NNS ,/,/, "
                + "the/the/DT presidential/presidential/JJ office/office/NN said/say/VBD ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:on(2,6) punct(2,7) det(10,8) amod(10,9) nsubj(11,10) parataxis(2,11) punct(2,12)")
        .sentence("China/China/NNP/LOCATION condemned/condemn/VBD the/the/DT sanctions/sanction/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"), FRIDAY);
    assertThat(triples(article)).contains("UKRGOV - 010").doesNotContain("CHNGOV - 010");
  }

  @Test
  void aMinistrySpokeswomanIsOfTheMinistryNamedBefore() {
    // "Ukraine imposed sanctions on Chinese companies. China's foreign ministry criticised the
    // sanctions. A ministry spokeswoman denied that Beijing supplied weapons."
    var article = code(new HandBuiltText()
        .sentence("Ukraine/Ukraine/NNP/LOCATION imposed/impose/VBD sanctions/sanction/NNS on/on/IN Chinese/Chinese/JJ/MISC companies/company/NNS ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(6,4) amod(6,5) obl:on(2,6) punct(2,7)")
        .sentence("China/China/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN criticised/criticise/VBD the/the/DT sanctions/sanction/NNS ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)")
        .sentence("A/a/DT ministry/ministry/NN spokeswoman/spokeswoman/NN denied/deny/VBD that/that/IN Beijing/Beijing/NNP/LOCATION supplied/supply/VBD "
                + "weapons/weapon/NNS ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) mark(7,5) nsubj(7,6) ccomp(4,7) obj(7,8) punct(4,9)"), FRIDAY);
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("016")).isNotEmpty()
        .allMatch(e -> e.source().code().equals("CHNGOV"));
  }

  @Test
  void aNavySpokesmanIsOfTheNavyNamedBefore() {
    // "The Sri Lankan navy arrested 18 Bangladeshi fishermen. Bangladesh condemned the arrests. A
    // navy spokesman thanked India for its help.": in a story that names Bangladesh most, the
    // spokesman is of the navy named, not Bangladesh's.
    var article = code(new HandBuiltText()
        .sentence("The/the/DT Sri/Sri/NNP/LOCATION Lankan/Lankan/JJ/MISC navy/navy/NN arrested/arrest/VBD 18/18/CD Bangladeshi/Bangladeshi/JJ/MISC "
                + "fishermen/fisherman/NNS ././.",
            "det(4,1) compound(3,2) amod(4,3) nsubj(5,4) root(0,5) nummod(8,6) amod(8,7) obj(5,8) punct(5,9)")
        .sentence("Bangladesh/Bangladesh/NNP/LOCATION condemned/condemn/VBD the/the/DT arrests/arrest/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("A/a/DT navy/navy/NN spokesman/spokesman/NN thanked/thank/VBD India/India/NNP/LOCATION for/for/IN its/its/PRP$ help/help/NN ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) case(8,6) nmod:poss(8,7) obl:for(4,8) punct(4,9)"), FRIDAY);
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("051")).isNotEmpty()
        .allMatch(e -> e.source().code().equals("LKAMIL"));
  }

  @Test
  void aClauseOfWhatCameBeforeIsOfTheDayItsJoinedActCloses() {
    // "Brazil summoned Portugal's ambassador on Tuesday after Portuguese police refused entry to 43
    // Brazilian travellers and put them on a flight on Sunday.", "put" tagged a bare verb.
    var article = code(new HandBuiltText().sentence(
        "Brazil/Brazil/NNP/LOCATION summoned/summon/VBD Portugal/Portugal/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN on/on/IN "
            + "Tuesday/Tuesday/NNP/DATE after/after/IN Portuguese/Portuguese/JJ/MISC police/police/NNS refused/refuse/VBD entry/entry/NN to/to/IN "
            + "43/43/CD Brazilian/Brazilian/JJ/MISC travellers/traveller/NNS and/and/CC put/put/VB them/them/PRP on/on/IN a/a/DT flight/flight/NN "
            + "on/on/IN Sunday/Sunday/NNP/DATE ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) obl:on(2,7) mark(11,8) amod(10,9) nsubj(11,10) advcl:after(2,11) obj(11,12) "
            + "case(16,13) nummod(16,14) amod(16,15) obl:to(11,16) cc(18,17) conj:and(11,18) obj(18,19) case(22,20) det(22,21) obl:on(18,22) "
            + "case(24,23) obl:on(18,24) punct(2,25)"), LocalDate.of(2026, 4, 22));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("174")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2026-04-19"));
  }

  @Test
  void aProtestBeingFilmedHappensWhileItIsFilmed() {
    // "Police arrested two journalists on Tuesday while they were filming a protest by workers."
    var article = code(new HandBuiltText().sentence(
        "Police/police/NNS arrested/arrest/VBD two/two/CD journalists/journalist/NNS on/on/IN Tuesday/Tuesday/NNP/DATE while/while/IN they/they/PRP "
            + "were/be/VBD filming/film/VBG a/a/DT protest/protest/NN by/by/IN workers/worker/NNS ././.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(6,5) obl:on(2,6) mark(10,7) nsubj(10,8) aux(10,9) advcl:while(2,10) det(12,11) obj(10,12) "
            + "case(14,13) nmod:by(12,14) punct(2,15)"), THURSDAY);
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("14")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2025-11-18"));
  }
}
