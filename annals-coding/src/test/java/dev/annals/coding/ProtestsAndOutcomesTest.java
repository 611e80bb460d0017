package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Words of protest: a decision called disappointing is criticised; what a protest gathers to
 * demand is its cause, no demand apart; a sit-in split by the tokeniser is still one, held by
 * parents; an appeal lost is its outcome, no appeal made.
 */
class ProtestsAndOutcomesTest {
  @Test
  void aDecisionCalledDisappointingIsCriticised() {
    // "Mexico's president called Austria's decision disappointing on Wednesday."
    var article = code(new HandBuiltText().sentence(
        "Mexico/Mexico/NNP/LOCATION 's/'s/POS president/president/NN called/call/VBD Austria/Austria/NNP/LOCATION 's/'s/POS "
            + "decision/decision/NN disappointing/disappointing/JJ on/on/IN Wednesday/Wednesday/NNP ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) xcomp(4,8) punct(4,11) nmod:poss(7,5) case(5,6) nsubj(8,7) obl:on(8,10) case(10,9)"), LocalDate.of(2026, 2, 13));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("MEXGOV AUT 111");
  }

  @Test
  void whatAProtestGathersToDemandIsItsCauseNoDemandApart() {
    // "Several hundred people gathered outside the Austrian embassy in Mexico City on Wednesday to demand its return."
    var article = code(new HandBuiltText().sentence(
        "Several/several/JJ hundred/hundred/CD people/person/NNS gathered/gather/VBD outside/outside/IN the/the/DT Austrian/Austrian/JJ "
            + "embassy/embassy/NN in/in/IN Mexico/Mexico/NNP/LOCATION City/City/NNP/LOCATION on/on/IN Wednesday/Wednesday/NNP to/to/TO "
            + "demand/demand/VB its/its/PRP$ return/return/NN ././.",
        "root(0,4) advmod(2,1) nummod(3,2) nsubj(4,3) obl:outside(4,8) advcl:to(4,15) punct(4,18) case(8,5) det(8,6) amod(8,7) "
            + "nmod:in(8,11) case(11,9) compound(11,10) mark(15,12) nsubj(15,13) mark(15,14) obj(15,17) nmod:poss(17,16)"), LocalDate.of(2026, 2, 13));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("MEXCVL AUTGOV 141");
  }

  @Test
  void parentsHoldingASitInSplitByTheTokeniserProtest() {
    // "French parents held a sit-in outside the Japanese embassy in Paris on Tuesday."
    var article = code(new HandBuiltText().sentence(
        "French/French/JJ parents/parent/NNS held/hold/VBD a/a/DT sit/sit/NN -/-/HYPH in/in/IN outside/outside/IN the/the/DT "
            + "Japanese/Japanese/JJ embassy/embassy/NN in/in/IN Paris/Paris/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,15) punct(3,16) det(5,4) punct(5,6) amod(5,7) nmod:outside(5,11) case(11,8) "
            + "det(11,9) amod(11,10) nmod:in(11,13) case(13,12) case(15,14)"), LocalDate.of(2026, 11, 13));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("FRACVL JPNGOV 141");
  }

  @Test
  void anAppealLostIsNoAppealMade() {
    // "Polish fishermen lost their appeal on Monday."
    var article = code(new HandBuiltText().sentence(
        "Polish/Polish/JJ fishermen/fisherman/NNS lost/lose/VBD their/they/PRP$ appeal/appeal/NN on/on/IN Monday/Monday/NNP ././.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obl:on(3,7) punct(3,8) nmod:poss(5,4) case(7,6)"), LocalDate.of(2026, 2, 16));
    assertThat(article.events()).isEmpty();
  }
}
