package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A saying in the past is dated by its own day, not ahead by what it announces. */
class SayingDatesTest {
  @Test
  void aSayingIsNotDatedByTheMonthOfWhatItAnnounces() {
    // "Finland said it would raise the issue at the ICAO next month."
    var text = new HandBuiltText().sentence(
        "Finland/Finland/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD raise/raise/VB the/the/DT issue/issue/NN at/at/IN the/the/DT "
            + "ICAO/ICAO/NNP/ORGANIZATION next/next/JJ month/month/NN ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) det(7,6) obj(5,7) case(10,8) det(10,9) obl:at(5,10) amod(12,11) obl:tmod(5,12) punct(2,13)")
        .timex(11, 12, "DATE");
    assertThat(code(text, LocalDate.of(2026, 1, 17)).events()).filteredOn(e -> e.type().code().equals("010"))
        .extracting(e -> e.date().value()).containsOnly("2026-01-17");
  }

  @Test
  void aSayingIsNotDatedByTheDayOfWhatItReports() {
    // "Chad said the rebels had attacked army posts on August 28." ("attacked" may report too)
    var text = new HandBuiltText().sentence(
        "Chad/Chad/NNP/LOCATION said/say/VBD the/the/DT rebels/rebel/NNS had/have/VBD attacked/attack/VBN army/army/NN posts/post/NNS on/on/IN "
            + "August/August/NNP 28/28/CD ././.",
        "nsubj(2,1) root(0,2) det(4,3) nsubj(6,4) aux(6,5) ccomp(2,6) compound(8,7) obj(6,8) case(10,9) obl:on(6,10) nummod(10,11) punct(2,12)")
        .timex(10, 11, "DATE");
    var events = code(text, LocalDate.of(2025, 9, 15)).events();
    assertThat(events).filteredOn(e -> e.type().code().equals("010")).extracting(e -> e.date().value()).containsOnly("2025-09-15");
    assertThat(events).filteredOn(e -> e.type().code().startsWith("19")).extracting(e -> e.date().value()).containsOnly("2025-08-28");
  }

  @Test
  void aSayingIsDatedByItsOwnDayBeforeOneDeeperInItsClause() {
    // "Chile has suspended the recruitment of Peruvian workers since January, the ministry said on Friday."
    // The parser hangs the reported clause on "said" as an adverbial clause.
    var text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION has/have/VBZ suspended/suspend/VBN the/the/DT recruitment/recruitment/NN of/of/IN Peruvian/Peruvian/JJ/MISC "
            + "workers/worker/NNS since/since/IN January/January/NNP ,/,/, the/the/DT ministry/ministry/NN said/say/VBD on/on/IN Friday/Friday/NNP ././.",
        "nsubj(3,1) aux(3,2) advcl(14,3) det(5,4) obj(3,5) case(8,6) amod(8,7) nmod:of(5,8) case(10,9) obl:since(3,10) punct(14,11) det(13,12) "
            + "nsubj(14,13) root(0,14) case(16,15) obl:on(14,16) punct(14,17)")
        .timex(10, 10, "DATE").timex(16, 16, "DATE");
    var events = code(text, LocalDate.of(2026, 3, 7)).events();
    assertThat(events).filteredOn(e -> e.type().code().equals("010")).extracting(e -> e.date().value()).containsOnly("2026-03-06");
    // Suspending the recruitment of a country's workers reduces relations with it.
    assertThat(events).extracting(e -> dev.annals.coding.HandCoding.triple(e)).anyMatch(t -> t.startsWith("CHL") && t.contains(" PER") && t.endsWith(" 160"));
  }

  @Test
  void aCountrysDepartmentIsItsGovernment() {
    // "Chile's Department of Migrant Workers asked Peru to reconsider."
    var text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS Department/Department/NNP/ORGANIZATION of/of/IN/ORGANIZATION Migrant/migrant/JJ/ORGANIZATION "
            + "Workers/worker/NNS/ORGANIZATION asked/ask/VBD Peru/Peru/NNP/LOCATION to/to/TO reconsider/reconsider/VB ././.",
        "nmod:poss(3,1) case(1,2) nsubj(7,3) case(6,4) amod(6,5) nmod:of(3,6) root(0,7) obj(7,8) mark(10,9) xcomp(7,10) punct(7,11)");
    assertThat(code(text, LocalDate.of(2026, 3, 7)).events()).extracting(e -> dev.annals.coding.HandCoding.triple(e)).contains("CHLGOV PER 020");
  }

  @Test
  void aDeadlineTheVerbSetsIsNotItsDay() {
    // "Chile's opposition Thursday urged Peru until Friday to withdraw." (published on Friday
    // 2026-03-13; the parser hangs "Thursday" on the subject, "until Friday" on the verb)
    var text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION 's/'s/POS opposition/opposition/NN Thursday/Thursday/NNP urged/urge/VBD Peru/Peru/NNP/LOCATION until/until/IN "
            + "Friday/Friday/NNP to/to/TO withdraw/withdraw/VB ././.",
        "nmod:poss(3,1) case(1,2) nsubj(5,3) nmod:tmod(3,4) root(0,5) obj(5,6) case(8,7) obl:until(5,8) mark(10,9) xcomp(5,10) punct(5,11)")
        .timex(4, 4, "DATE").timex(8, 8, "DATE");
    assertThat(code(text, LocalDate.of(2026, 3, 13)).events()).filteredOn(e -> e.source().code().equals("CHLOPP"))
        .extracting(e -> e.date().value()).isNotEmpty().containsOnly("2026-03-12");
  }
}
