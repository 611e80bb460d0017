package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What two sides agree by telephone they agree in a call; an agreement to let a side act is aimed
 * at it, and so is a refusal to let it; taking part in exercises gives no one refuge.
 */
class CallsAndRefugeTest {
  /** A Wednesday. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 7, 1);

  @Test
  void anAgreementByTelephoneIsACallToo() {
    // "Vietnam agreed with Australia by telephone to set up a working group."
    var article = code(new HandBuiltText().sentence(
        "Vietnam/Vietnam/NNP/LOCATION agreed/agree/VBD with/with/IN Australia/Australia/NNP/LOCATION by/by/IN telephone/telephone/NN to/to/TO "
            + "set/set/VB up/up/RP a/a/DT working/working/NN group/group/NN ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:with(2,4) case(6,5) obl:by(2,6) mark(8,7) xcomp(2,8) compound:prt(8,9) det(12,10) compound(12,11) obj(8,12) punct(2,13)"),
        WEDNESDAY);
    assertThat(triples(article)).contains("VNM AUS 041");
  }

  @Test
  void anAgreementToLetASideActIsAimedAtThatSide() {
    // "France agreed to let Belgian experts inspect the site."
    var article = code(new HandBuiltText().sentence(
        "France/France/NNP/LOCATION agreed/agree/VBD to/to/TO let/let/VB Belgian/Belgian/JJ/MISC experts/expert/NNS inspect/inspect/VB the/the/DT "
            + "site/site/NN ././.",
        "nsubj(2,1) nsubj:xsubj(4,1) root(0,2) mark(4,3) xcomp(2,4) amod(6,5) nsubj(7,6) ccomp(4,7) det(9,8) obj(7,9) punct(2,10)"), WEDNESDAY);
    assertThat(triples(article)).anyMatch(t -> t.startsWith("FRA BEL") && t.endsWith(" 030"));
  }

  @Test
  void takingPartInExercisesGivesNoRefuge() {
    // "The Philippine Senate ratified an agreement with Canada, allowing Canadian troops to take
    // part in exercises."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT Philippine/Philippine/JJ/ORGANIZATION Senate/Senate/NNP/ORGANIZATION ratified/ratify/VBD an/a/DT agreement/agreement/NN with/with/IN "
            + "Canada/Canada/NNP/LOCATION ,/,/, allowing/allow/VBG Canadian/Canadian/JJ/MISC troops/troop/NNS to/to/TO take/take/VB part/part/NN in/in/IN "
            + "exercises/exercise/NNS ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) nmod:with(6,8) punct(4,9) dep(4,10) amod(12,11) obj(10,12) nsubj:xsubj(14,12) "
            + "mark(14,13) xcomp(10,14) obj(14,15) case(17,16) obl:in(14,17) punct(4,18)"),
        WEDNESDAY);
    assertThat(triples(article)).noneMatch(t -> t.endsWith(" 075"));
  }

  @Test
  void visasIssuedToPeopleEaseTheirEntry() {
    // "Pakistan issued emergency visas to Polish rescuers."
    var article = code(new HandBuiltText().sentence("Pakistan/Pakistan/NNP/LOCATION issued/issue/VBD emergency/emergency/NN visas/visa/NNS to/to/IN "
            + "Polish/Polish/JJ/MISC rescuers/rescuer/NNS ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(7,5) amod(7,6) obl:to(2,7) punct(2,8)"));
    assertThat(triples(article)).anyMatch(t -> t.startsWith("PAK POL") && t.endsWith(" 081"));
  }

  @Test
  void aRefusalToLetASideActIsAimedAtIt() {
    // "Somalia refused on Thursday to let a Swedish charter flight land in Mogadishu": the flight is
    // no actor; its adjective names the side refused.
    assertThat(triples(code(new HandBuiltText()
        .sentence("Somalia/Somalia/NNP/LOCATION refused/refuse/VBD on/on/IN Thursday/Thursday/NNP to/to/TO let/let/VB a/a/DT "
            + "Swedish/Swedish/JJ charter/charter/NN flight/flight/NN land/land/VB in/in/IN Mogadishu/Mogadishu/NNP/LOCATION ././.",
            "root(0,2) nsubj(2,1) obl:on(2,4) case(4,3) xcomp(2,6) mark(6,5) ccomp(6,11) nsubj(11,10) det(10,7) amod(10,8) "
            + "compound(10,9) obl:in(11,13) case(13,12) punct(2,14)"))))
        .anyMatch(t -> t.startsWith("SOM SWE") && t.endsWith(" 120"));
  }
}
