package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A side open to another's request considers it, an answer to the asker, and asks nothing itself. */
class RequestsConsideredTest {
  @Test
  void openToTheRequestConsidersItForTheAsker() {
    // "Lebanon's army commander asked Ireland on Monday to keep a team of Irish soldiers in southern Lebanon. Ireland's defence minister told reporters on Tuesday that the government was open to the request."
    var article = code(new HandBuiltText().sentence(
        "Lebanon/Lebanon/NNP/LOCATION 's/'s/POS army/army/NN commander/commander/NN asked/ask/VBD Ireland/Ireland/NNP/LOCATION on/on/IN "
            + "Monday/Monday/NNP to/to/TO keep/keep/VB a/a/DT team/team/NN of/of/IN Irish/Irish/JJ soldiers/soldier/NNS in/in/IN "
            + "southern/southern/JJ Lebanon/Lebanon/NNP/LOCATION ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:on(5,8) xcomp(5,10) punct(5,19) nsubj:xsubj(10,6) "
            + "mark(10,9) obj(10,12) case(8,7) det(12,11) nmod:of(12,15) case(15,13) amod(15,14) nmod:in(15,18) case(18,16) amod(18,17)").sentence(
        "Ireland/Ireland/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN told/tell/VBD reporters/reporter/NNS on/on/IN "
            + "Tuesday/Tuesday/NNP that/that/IN the/the/DT government/government/NN was/be/VBD open/open/JJ to/to/IN the/the/DT "
            + "request/request/NN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,6) obl:on(5,8) ccomp(5,13) punct(5,17) case(8,7) mark(13,9) "
            + "nsubj(13,11) cop(13,12) obl:to(13,16) det(11,10) case(16,14) det(16,15)"), LocalDate.of(2026, 7, 9));
    assertThat(article.events()).extracting(e -> triple(e)).contains("IRLGOV LBNMIL 014").noneMatch(t -> t.startsWith("IRLGOV") && t.endsWith(" 020"));
  }
}
