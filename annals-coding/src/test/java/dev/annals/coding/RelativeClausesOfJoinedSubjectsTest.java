package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A relative clause on the first of two joined subjects is that subject's alone (SubjectActors). */
class RelativeClausesOfJoinedSubjectsTest {
  @Test
  void theVisitInTheFirstSubjectsRelativeClauseIsNotTheSecondSubjects() {
    // "Chile, which flew to Lima, and Peru signed a deal."
    var events = code("Chile/Chile/NNP/LOCATION ,/,/, which/which/WDT flew/fly/VBD to/to/IN Lima/Lima/NNP/LOCATION ,/,/, and/and/CC Peru/Peru/NNP/LOCATION "
            + "signed/sign/VBD a/a/DT deal/deal/NN ././.",
        "nsubj(10,1) punct(1,2) ref(1,3) nsubj(4,1) acl:relcl(1,4) case(6,5) obl:to(4,6) punct(1,7) cc(9,8) conj:and(1,9) nsubj(10,9) root(0,10) "
            + "det(12,11) obj(10,12) punct(10,13)").events();
    assertThat(events).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL") && t.endsWith("042"))
        .noneMatch(t -> t.startsWith("PER") && t.endsWith("042"));
  }
}
