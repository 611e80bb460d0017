package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Recognition switched from one state to another is granted to the one and taken from the other;
 * the decision welcomed is the recognition, the switch condemned at home is the government's, and
 * ties cut "within hours" are cut the day told last.
 */
class SwitchedRecognitionTest {
  private static dev.annals.model.CodedArticle switchToChina() {
    // "Saint Lucia switched diplomatic recognition from Taiwan to China on Tuesday. Taiwan cut ties
    // with Castries within hours and accused Beijing of luring the island. China's foreign ministry
    // welcomed the decision. Saint Lucia's opposition leader condemned the switch on Wednesday."
    return code(new HandBuiltText().sentence(
        "Saint/Saint/NNP Lucia/Lucia/NNP/PERSON switched/switch/VBD diplomatic/diplomatic/JJ recognition/recognition/NN from/from/IN "
            + "Taiwan/Taiwan/NNP/LOCATION to/to/IN China/China/NNP/LOCATION on/on/IN Tuesday/Tuesday/NNP ././.",
        "root(0,3) compound(2,1) nsubj(3,2) obj(3,5) obl:from(3,7) obl:to(3,9) obl:on(3,11) punct(3,12) amod(5,4) case(7,6) case(9,8) "
            + "case(11,10)").sentence(
        "Taiwan/Taiwan/NNP/LOCATION cut/cut/VBD ties/tie/NNS with/with/IN Castries/Castries/NNP/LOCATION within/within/IN hours/hour/NNS "
            + "and/and/CC accused/accuse/VBN Beijing/Beijing/NNP/LOCATION of/of/IN luring/lure/VBG the/the/DT island/island/NN ././.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:within(2,7) conj:and(2,9) punct(2,15) nsubj(9,1) cc(9,8) obj(9,10) advcl:of(9,12) nmod:with(3,5) "
            + "case(5,4) case(7,6) case(12,11) obj(12,14) det(14,13)").sentence(
        "China/China/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN welcomed/welcome/VBD the/the/DT decision/decision/NN "
            + "././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)").sentence(
        "Saint/Saint/NNP/PERSON Lucia/Lucia/NNP/PERSON 's/'s/POS opposition/opposition/NN leader/leader/NN condemned/condemn/VBD the/the/DT "
            + "switch/switch/NN on/on/IN Wednesday/Wednesday/NNP ././.",
        "root(0,6) compound(2,1) case(2,3) nmod:poss(5,2) compound(5,4) nsubj(6,5) obj(6,8) obl:on(6,10) punct(6,11) det(8,7) case(10,9)"), LocalDate.of(2026, 9, 18));
  }

  @Test
  void recognitionMovedIsGrantedToOneStateAndTakenFromTheOther() {
    assertThat(switchToChina().events()).extracting(e -> triple(e)).contains("LCA CHN 054", "LCA TWN 161");
  }

  @Test
  void theDecisionTheNewFriendWelcomesIsTheRecognitionNotTheLaterAccusation() {
    assertThat(switchToChina().events()).filteredOn(e -> e.type().code().equals("051")).extracting(e -> triple(e)).containsExactly("CHNGOV LCA 051");
  }

  @Test
  void theOppositionCondemningItsCountrysSwitchCondemnsItsGovernment() {
    assertThat(switchToChina().events()).filteredOn(e -> e.type().code().equals("111")).extracting(e -> triple(e)).containsExactly("LCAOPP LCAGOV 111");
  }

  @Test
  void tiesCutWithinHoursAreCutTheDayToldLast() {
    assertThat(switchToChina().events()).filteredOn(e -> triple(e).equals("TWN LCAGOV 161")).isNotEmpty()
        .allMatch(e -> e.date().value().equals("2026-09-15"));
  }

  @Test
  void anActOneHasNoPlansToDoIsNoEvent() {
    // "Teo said Tuvalu had no plans to recognise Beijing."
    var article = code(new HandBuiltText().sentence(
        "Teo/Teo/NNP/PERSON said/say/VBD Tuvalu/Tuvalu/NNP/LOCATION had/have/VBD no/no/DT plans/plan/NNS to/to/TO recognise/recognise/VB "
            + "Beijing/Beijing/NNP/LOCATION ././.",
        "root(0,2) nsubj(2,1) ccomp(2,4) punct(2,10) nsubj(4,3) obj(4,6) ccomp(4,8) det(6,5) mark(8,7) obj(8,9)"), LocalDate.of(2025, 9, 19));
    assertThat(article.events()).isEmpty();
  }

  @Test
  void anActOneHasPlansToDoIsStillIntended() {
    // "Teo said Tuvalu had plans to recognise Beijing."
    var article = code(new HandBuiltText().sentence(
        "Teo/Teo/NNP/PERSON said/say/VBD Tuvalu/Tuvalu/NNP/LOCATION had/have/VBD plans/plan/NNS to/to/TO recognise/recognise/VB "
            + "Beijing/Beijing/NNP/LOCATION ././.",
        "root(0,2) nsubj(2,1) ccomp(2,4) punct(2,9) nsubj(4,3) obj(4,5) ccomp(4,7) mark(7,6) obj(7,8)"), LocalDate.of(2025, 9, 19));
    assertThat(article.events()).extracting(e -> triple(e)).containsExactly("TUV CHNGOV 054");
  }

  @Test
  void theMoveCondemnedIsTheEmbassyOpenedNotTheGuestsAttendance() {
    // "Argentina opened its embassy in Jerusalem on Friday at a ceremony attended by Israel's prime
    // minister. The Palestinian foreign ministry condemned the move."
    var article = code(new HandBuiltText().sentence(
        "Argentina/Argentina/NNP/LOCATION opened/open/VBD its/its/PRP$ embassy/embassy/NN in/in/IN Jerusalem/Jerusalem/NNP/LOCATION "
            + "on/on/IN Friday/Friday/NNP at/at/IN a/a/DT ceremony/ceremony/NN attended/attend/VBN by/by/IN Israel/Israel/NNP/LOCATION 's/'s/POS "
            + "prime/prime/JJ minister/minister/NN ././.",
        "root(0,2) nsubj(2,1) obj(2,4) obl:on(2,8) obl:at(2,11) punct(2,18) nmod:poss(4,3) nmod:in(4,6) case(6,5) case(8,7) case(11,9) "
            + "det(11,10) acl(11,12) obl:by(12,17) case(17,13) nmod:poss(17,14) amod(17,16) case(14,15)").sentence(
        "The/the/DT Palestinian/Palestinian/JJ foreign/foreign/JJ ministry/ministry/NN condemned/condemn/VBD the/the/DT move/move/NN ././.",
        "root(0,5) det(4,1) amod(4,2) amod(4,3) nsubj(5,4) obj(5,7) punct(5,8) det(7,6)"), LocalDate.of(2026, 5, 11));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("111")).extracting(e -> triple(e)).containsExactly("PSEGOV ARG 111");
  }
}
