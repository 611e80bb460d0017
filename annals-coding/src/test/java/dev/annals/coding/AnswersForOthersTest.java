package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Sides behind the side named: an accusation aimed at another side, rejected, is rejected (120),
 * not denied (016); ships sent to help another state police its waters give that help, and show no
 * force to it; a state's demand of another state's police is made of that state; a handover one
 * side asks another for is not done.
 */
class AnswersForOthersTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 9, 22);

  @Test
  void anAccusationOfAnotherSideRejectedIsARejection() {
    // "China accused Taiwan of stirring up trouble. Palau's president rejected the accusation on Monday."
    var article = code(new HandBuiltText().sentence(
        "China/China/NNP/LOCATION accused/accuse/VBD Taiwan/Taiwan/NNP/LOCATION of/of/IN stirring/stir/VBG up/up/RP trouble/trouble/NN "
            + "././.",
        "root(0,2) nsubj(2,1) obj(2,3) advcl:of(2,5) punct(2,8) mark(5,4) compound:prt(5,6) obj(5,7)").sentence(
        "Palau/Palau/NNP/LOCATION 's/'s/POS president/president/NN rejected/reject/VBD the/the/DT accusation/accusation/NN on/on/IN "
            + "Monday/Monday/NNP ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) obl:on(4,8) punct(4,9) det(6,5) case(8,7)"), TUESDAY);
    assertThat(triples(article)).contains("PLWGOV CHN 120").noneMatch(t -> t.endsWith(" 016"));
  }

  @Test
  void theAccusedSideRejectingItRejectsIt() {
    // "China accused Taiwan of stirring up trouble. Taiwan's president rejected the accusation on Monday."
    var article = code(new HandBuiltText().sentence(
        "China/China/NNP/LOCATION accused/accuse/VBD Taiwan/Taiwan/NNP/LOCATION of/of/IN stirring/stir/VBG up/up/RP trouble/trouble/NN "
            + "././.",
        "root(0,2) nsubj(2,1) obj(2,3) advcl:of(2,5) punct(2,8) mark(5,4) compound:prt(5,6) obj(5,7)").sentence(
        "Taiwan/Taiwan/NNP/LOCATION 's/'s/POS president/president/NN rejected/reject/VBD the/the/DT accusation/accusation/NN on/on/IN "
            + "Monday/Monday/NNP ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,6) obl:on(4,8) punct(4,9) det(6,5) case(8,7)"), TUESDAY);
    assertThat(triples(article)).contains("TWNGOV CHN 120");
  }

  @Test
  void aShipSentToHelpPoliceAnotherStatesWatersShowsNoForce() {
    // "Taiwan's coast guard sent a patrol ship to Palau on Thursday to help police its waters."
    var article = code(new HandBuiltText().sentence(
        "Taiwan/Taiwan/NNP/LOCATION 's/'s/POS coast/coast/NN guard/guard/NN sent/send/VBD a/a/DT patrol/patrol/NN ship/ship/NN to/to/IN "
            + "Palau/Palau/NNP/LOCATION on/on/IN Thursday/Thursday/NNP to/to/TO help/help/VB police/police/VB its/its/PRP$ waters/water/NNS ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:to(5,10) advcl:to(5,14) punct(5,18) det(8,6) "
            + "compound(8,7) case(10,9) mark(14,11) nsubj(14,12) mark(14,13) xcomp(14,15) obj(15,17) nmod:poss(17,16)"), TUESDAY);
    assertThat(triples(article)).contains("TWNMIL PLW 074").noneMatch(t -> t.matches("TWNMIL PLW 15\\d*"));
  }

  @Test
  void aShipSentForNoAidShowsForce() {
    // "Taiwan's coast guard sent a patrol ship to Palau on Thursday."
    var article = code(new HandBuiltText().sentence(
        "Taiwan/Taiwan/NNP/LOCATION 's/'s/POS coast/coast/NN guard/guard/NN sent/send/VBD a/a/DT patrol/patrol/NN ship/ship/NN to/to/IN "
            + "Palau/Palau/NNP/LOCATION on/on/IN Thursday/Thursday/NNP ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,8) obl:to(5,10) obl:on(5,12) punct(5,13) det(8,6) compound(8,7) "
            + "case(10,9) case(12,11)"), TUESDAY);
    assertThat(triples(article)).contains("TWNMIL PLW 150");
  }

  @Test
  void aDemandThatAnotherStatesPoliceLeaveIsMadeOfThatState() {
    // "Bosnia's foreign ministry demanded on Monday that the Hungarian police officers leave within a week."
    var article = code(new HandBuiltText().sentence(
        "Bosnia/Bosnia/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN demanded/demand/VBD on/on/IN Monday/Monday/NNP "
            + "that/that/IN the/the/DT Hungarian/Hungarian/JJ police/police/NN officers/officer/NNS leave/leave/VBP within/within/IN a/a/DT "
            + "week/week/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,13) punct(5,17) case(7,6) mark(13,8) nsubj(13,12) "
            + "obl:within(13,16) det(12,9) amod(12,10) compound(12,11) case(16,14) det(16,15)"), TUESDAY);
    assertThat(triples(article)).contains("BIHGOV HUNGOV 100").doesNotContain("BIHGOV HUNCOP 100");
  }

  @Test
  void aDemandOfOnesOwnPoliceIsMadeOfThem() {
    // "Bosnia's foreign ministry demanded on Monday that the Bosnian police officers leave the town within a week."
    var article = code(new HandBuiltText().sentence(
        "Bosnia/Bosnia/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN demanded/demand/VBD on/on/IN Monday/Monday/NNP "
            + "that/that/IN the/the/DT Bosnian/bosnian/JJ police/police/NN officers/officer/NNS leave/leave/VBP the/the/DT town/town/NN "
            + "within/within/IN a/a/DT week/week/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,13) punct(5,19) case(7,6) mark(13,8) nsubj(13,12) "
            + "obj(13,15) obl:within(13,18) det(12,9) amod(12,10) compound(12,11) det(15,14) case(18,16) det(18,17)"), TUESDAY);
    assertThat(triples(article)).contains("BIHGOV BIHCOP 100");
  }

  @Test
  void aHandoverAskedForInAForClauseIsOnlyAskedFor() {
    // "Yemen's government thanked Djibouti and asked for Djibouti's coast guard to hand the crew over to prosecutors in Aden."
    var article = code(new HandBuiltText().sentence(
        "Yemen/Yemen/NNP/LOCATION 's/'s/POS government/government/NN thanked/thank/VBD Djibouti/Djibouti/NNP/LOCATION and/and/CC "
            + "asked/ask/VBD for/for/IN Djibouti/Djibouti/NNP/LOCATION 's/'s/POS coast/coast/NN guard/guard/NN to/to/TO hand/hand/VB the/the/DT "
            + "crew/crew/NN over/over/IN to/to/IN prosecutors/prosecutor/NNS in/in/IN Aden/Aden/NNP/LOCATION ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,5) conj:and(4,7) punct(4,22) nsubj(7,3) cc(7,6) advcl:to(7,14) mark(14,8) "
            + "nsubj(14,12) mark(14,13) obj(14,16) compound:prt(14,17) obl:to(14,19) obl:in(14,21) nmod:poss(12,9) compound(12,11) case(9,10) "
            + "det(16,15) case(19,18) case(21,20)"), TUESDAY);
    assertThat(triples(article)).contains("YEMGOV DJI 020").noneMatch(t -> t.endsWith(" 084"));
  }
}
