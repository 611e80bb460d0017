package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A meeting asked for with no addressee is asked of whom it is to be with (verbs.tsv "with" lines, MeetingsOfBothSides). */
class MeetingsAskedForTest {
  @Test
  void aMeetingAskedForWithAStateIsAskedOfThatState() {
    // "Chile asked for a meeting with Peru."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION asked/ask/VBD for/for/IN a/a/DT meeting/meeting/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:for(2,5) case(7,6) nmod:with(5,7) punct(2,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL PER 026");
  }

  @Test
  void theEndOfATimeIsNoEndAskedFor() {
    // "Chile asked Peru for a meeting before the end of June.": a meeting (026), not an end to
    // fighting (0256); "June" alone is the time expression.
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION asked/ask/VBD Peru/Peru/NNP/LOCATION for/for/IN a/a/DT meeting/meeting/NN before/before/IN the/the/DT end/end/NN "
            + "of/of/IN June/June/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:for(2,6) case(9,7) det(9,8) obl:before(2,9) case(11,10) nmod:of(9,11) punct(2,12)")
        .timex(11, 11, "DATE");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL PER 026").noneMatch(t -> t.contains("0256"));
  }

  @Test
  void aMeetingOfBothSidesAskedForIsAskedOfTheOtherSide() {
    // "Chile accused Peru and asked for a meeting of officials from both sides."
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION and/and/CC asked/ask/VBD for/for/IN a/a/DT meeting/meeting/NN of/of/IN "
            + "officials/official/NNS from/from/IN both/both/DT sides/side/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(2,5) nsubj(5,1) case(8,6) det(8,7) obl:for(5,8) case(10,9) nmod:of(8,10) case(13,11) det(13,12) "
            + "nmod:from(10,13) punct(2,14)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL PER 112", "CHL PERGOV 026");
  }

  @Test
  void aMeetingAskedForOfNoPairIsAskedOfNoOne() {
    // "Chile accused Peru and asked for a meeting of officials." asks no one in particular.
    HandBuiltText text = new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION and/and/CC asked/ask/VBD for/for/IN a/a/DT meeting/meeting/NN of/of/IN "
            + "officials/official/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(2,5) nsubj(5,1) case(8,6) det(8,7) obl:for(5,8) case(10,9) nmod:of(8,10) punct(2,11)");
    assertThat(code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHL PER 02"));
  }
}
