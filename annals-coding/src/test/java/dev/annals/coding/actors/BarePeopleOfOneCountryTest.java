package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A bare plural for plain people, named before of one country only, is that country's people (NounAnaphora). */
class BarePeopleOfOneCountryTest {
  @Test
  void missingChildrenAfterUkrainianChildrenAreUkrainian() {
    // "Twelve Ukrainian children returned home on Friday. The pope met relatives of missing children
    // at the Vatican on Sunday."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Twelve/twelve/CD Ukrainian/ukrainian/JJ children/child/NNS returned/return/VBD home/home/RB on/on/IN Friday/Friday/NNP ././.",
        "root(0,4) nummod(3,1) amod(3,2) nsubj(4,3) advmod(4,5) obl:on(4,7) punct(4,8) case(7,6)").sentence(
        "The/the/DT pope/pope/NN met/meet/VBD relatives/relative/NNS of/of/IN missing/miss/VBG children/child/NNS at/at/IN the/the/DT "
            + "Vatican/Vatican/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,3) det(2,1) nsubj(3,2) obj(3,4) obl:at(3,10) obl:on(3,12) punct(3,13) nmod:of(4,7) case(7,5) amod(7,6) case(10,8) det(10,9) "
            + "case(12,11)"), LocalDate.of(2026, 9, 22)))).anyMatch(t -> t.startsWith("VATREL UKRCVL 04"));
  }

  @Test
  void childrenNamedOfTwoCountriesBeforeAreNeither() {
    // "Twelve Ukrainian children and ten Russian children returned home on Friday. The pope met
    // relatives of missing children at the Vatican on Sunday."
    assertThat(triples(code(new HandBuiltText().sentence(
        "Twelve/twelve/CD Ukrainian/ukrainian/JJ children/child/NNS and/and/CC ten/ten/CD Russian/Russian/JJ children/child/NNS "
            + "returned/return/VBD home/home/RB on/on/IN Friday/Friday/NNP ././.",
        "root(0,8) nummod(3,1) amod(3,2) conj:and(3,7) nsubj(8,3) nsubj(8,7) advmod(8,9) obl:on(8,11) punct(8,12) cc(7,4) nummod(7,5) "
            + "amod(7,6) case(11,10)").sentence(
        "The/the/DT pope/pope/NN met/meet/VBD relatives/relative/NNS of/of/IN missing/miss/VBG children/child/NNS at/at/IN the/the/DT "
            + "Vatican/Vatican/NNP/LOCATION on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,3) det(2,1) nsubj(3,2) obj(3,4) obl:at(3,10) obl:on(3,12) punct(3,13) nmod:of(4,7) case(7,5) amod(7,6) case(10,8) det(10,9) "
            + "case(12,11)"), LocalDate.of(2026, 9, 22)))).noneMatch(t -> t.startsWith("VATREL UKRCVL") || t.startsWith("VATREL RUSCVL"));
  }
}
