package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Delegates walking out of a session, and "the two ministers" after a pair of states named since. */
class SummitWalkoutsAndMinistersTest {
  // "Australia's climate minister accused Turkey's environment minister on Monday of dropping the
  // pledge. Delegates from Tuvalu and Vanuatu walked out of a plenary session on Tuesday. The two
  // ministers met on Wednesday."
  private static final HandBuiltText SUMMIT = new HandBuiltText().sentence(
        "Australia/Australia/NNP/LOCATION 's/'s/POS climate/climate/NN minister/minister/NN accused/accuse/VBN Turkey/Turkey/NNP/LOCATION "
            + "'s/'s/POS environment/environment/NN minister/minister/NN on/on/IN Monday/Monday/NNP of/of/IN dropping/drop/VBG the/the/DT "
            + "pledge/pledge/NN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,9) obl:on(5,11) advcl:of(5,13) punct(5,16) nmod:poss(9,6) "
            + "compound(9,8) case(6,7) case(11,10) case(13,12) obj(13,15) det(15,14)").sentence(
        "Delegates/delegate/NNS from/from/IN Tuvalu/Tuvalu/NNP/LOCATION and/and/CC Vanuatu/Vanuatu/NNP/LOCATION walked/walk/VBD out/out/IN "
            + "of/of/IN a/a/DT plenary/plenary/JJ session/session/NN on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,6) nsubj(6,1) obl:out_of(6,11) obl:on(6,13) punct(6,14) nmod:from(1,3) nmod:from(1,5) case(3,2) conj:and(3,5) cc(5,4) "
            + "case(11,7) det(11,9) amod(11,10) fixed(7,8) case(13,12)").sentence(
        "The/the/DT two/two/CD ministers/minister/NNS met/meet/VBD on/on/IN Wednesday/Wednesday/NNP ././.",
        "root(0,4) det(3,1) nummod(3,2) nsubj(4,3) obl:on(4,6) punct(4,7) case(6,5)");

  @Test
  void statesDelegatesWhoWalkOutOfASessionProtest() {
    assertThat(code(SUMMIT, LocalDate.of(2026, 11, 19)).events()).extracting(e -> triple(e)).contains("TUVGOV - 140", "VUTGOV - 140")
        .noneMatch(t -> t.endsWith(" 114"));
  }

  @Test
  void theTwoMinistersAreTheLastTwoCalledMinisters() {
    assertThat(code(SUMMIT, LocalDate.of(2026, 11, 19)).events()).extracting(e -> triple(e)).contains("AUSGOV TURGOV 040")
        .noneMatch(t -> t.startsWith("TUVGOV VUTGOV") || t.startsWith("VUTGOV TUVGOV"));
  }
}
