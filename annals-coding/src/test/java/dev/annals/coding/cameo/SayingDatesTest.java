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
}
