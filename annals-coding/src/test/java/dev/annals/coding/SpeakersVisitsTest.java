package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A visit no one is named to make, in what a side says, is the speaker's (NounEventCoder). */
class SpeakersVisitsTest {
  @Test
  void aVisitToldInWhatThePresidentSaysIsThePresidents() {
    // "Ukraine's president said on Monday that the children would top the agenda of a visit to the
    // Vatican next month."
    assertThat(code(new HandBuiltText().sentence(
        "Ukraine/Ukraine/NNP/LOCATION 's/'s/POS president/president/NN said/say/VBD on/on/IN Monday/Monday/NNP that/that/IN the/the/DT "
            + "children/child/NNS would/would/MD top/top/VB the/the/DT agenda/agenda/NN of/of/IN a/a/DT visit/visit/NN to/to/IN the/the/DT "
            + "Vatican/Vatican/NNP/LOCATION next/next/JJ month/month/NN ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obl:on(4,6) ccomp(4,11) punct(4,22) case(6,5) mark(11,7) nsubj(11,9) aux(11,10) "
            + "obj(11,13) det(9,8) det(13,12) nmod:of(13,16) case(16,14) det(16,15) nmod:to(16,19) obl:tmod(16,21) case(19,17) det(19,18) "
            + "amod(21,20)"), LocalDate.of(2026, 9, 22)).events()).extracting(e -> triple(e)).contains("UKRGOV VAT 042");
  }

  @Test
  void theVisitToldBeforeIsLeftToWhoeverMadeIt() {
    // "… the agenda of the visit to the Vatican next month.": a visit known from before, whose maker
    // this sentence does not tell.
    assertThat(code(new HandBuiltText().sentence(
        "Ukraine/Ukraine/NNP/LOCATION 's/'s/POS president/president/NN said/say/VBD on/on/IN Monday/Monday/NNP that/that/IN the/the/DT "
            + "children/child/NNS would/would/MD top/top/VB the/the/DT agenda/agenda/NN of/of/IN the/the/DT visit/visit/NN to/to/IN the/the/DT "
            + "Vatican/Vatican/NNP/LOCATION next/next/JJ month/month/NN ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obl:on(4,6) ccomp(4,11) punct(4,22) case(6,5) mark(11,7) nsubj(11,9) aux(11,10) "
            + "obj(11,13) obl:tmod(11,21) det(9,8) det(13,12) nmod:of(13,16) case(16,14) det(16,15) nmod:to(16,19) case(19,17) det(19,18) "
            + "amod(21,20)"), LocalDate.of(2026, 9, 22)).events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 042"));
  }
}
