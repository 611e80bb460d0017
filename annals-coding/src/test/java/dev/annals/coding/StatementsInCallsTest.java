package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What one side tells another in a telephone call is talks by telephone (StatementsInCalls). */
class StatementsInCallsTest {
  @Test
  void whatIsToldInATelephoneCallIsTalksByTelephone() {
    // "Chile told Peru in a telephone call that the talks had failed."
    var events = code("Chile/Chile/NNP/LOCATION told/tell/VBD Peru/Peru/NNP/LOCATION in/in/IN a/a/DT telephone/telephone/NN call/call/NN that/that/IN "
            + "the/the/DT talks/talk/NNS had/have/VBD failed/fail/VBN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(7,4) det(7,5) compound(7,6) obl:in(2,7) mark(12,8) det(10,9) nsubj(12,10) aux(12,11) ccomp(2,12) punct(2,13)").events();
    assertThat(events).extracting(e -> triple(e)).contains("CHL PER 041").doesNotContain("CHL PER 010");
  }

  @Test
  void whatIsToldInAMeetingStaysAStatement() {
    // "Chile told Peru in a meeting that the talks had failed."
    var events = code("Chile/Chile/NNP/LOCATION told/tell/VBD Peru/Peru/NNP/LOCATION in/in/IN a/a/DT meeting/meeting/NN that/that/IN "
            + "the/the/DT talks/talk/NNS had/have/VBD failed/fail/VBN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:in(2,6) mark(11,7) det(9,8) nsubj(11,9) aux(11,10) ccomp(2,11) punct(2,12)").events();
    assertThat(events).extracting(e -> triple(e)).doesNotContain("CHL PER 041");
  }
}
