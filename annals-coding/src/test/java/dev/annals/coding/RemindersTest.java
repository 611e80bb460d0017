package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an accord requires is its terms, not an act; a complaint beside a reminder is made to the one reminded. */
class RemindersTest {
  @Test
  void whatATreatyRequiresIsNoAct() {
    // "The treaty required Nauru to consult Australia."
    assertThat(code("The/the/DT treaty/treaty/NN required/require/VBD Nauru/Nauru/NNP/LOCATION to/to/TO consult/consult/VB Australia/Australia/NNP/LOCATION ././.",
        "det(2,1) nsubj(3,2) root(0,3) obj(3,4) nsubj:xsubj(6,4) mark(6,5) xcomp(3,6) obj(6,7) punct(3,8)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("NRU AUS"));
  }

  @Test
  void aComplaintBesideAReminderIsMadeToTheOneReminded() {
    // "Australia complained and reminded Nauru."
    assertThat(code("Australia/Australia/NNP/LOCATION complained/complain/VBD and/and/CC reminded/remind/VBD Nauru/Nauru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) cc(4,3) conj:and(2,4) nsubj(4,1) obj(4,5) punct(2,6)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("AUS NRU 11")).contains("AUS NRU 010");
  }
}
