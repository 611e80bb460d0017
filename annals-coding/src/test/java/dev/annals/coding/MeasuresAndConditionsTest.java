package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures kept in place and what lifting them waits for; a measure that goes ahead as planned;
 * a fish farm's trade; a loss of jobs foretold; the government a group of a country's people
 * deals with; proceedings judged and a march outside a courthouse.
 */
class MeasuresAndConditionsTest {
  private static List<String> triples(HandBuiltText text) {
    return code(text).events().stream().map(e -> triple(e)).toList();
  }

  /** "China suspended imports of salmon from three Norwegian fish farms." */
  private static HandBuiltText suspension() {
    return new HandBuiltText().sentence(
        "China/China/NNP/LOCATION suspended/suspend/VBD imports/import/NNS of/of/IN salmon/salmon/NN from/from/IN three/three/CD "
            + "Norwegian/Norwegian/JJ/MISC fish/fish/NN farms/farm/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:of(3,5) case(10,6) nummod(10,7) amod(10,8) compound(10,9) nmod:from(3,10) punct(2,11)");
  }

  @Test
  void aFishFarmsTradeIsABusinesss() {
    assertThat(triples(suspension())).contains("CHN NORBUS 163");
  }

  @Test
  void whatLiftingAMeasureKeptInPlaceWaitsForIsNoEventOfItsOwn() {
    // "... Chinese customs said the suspension would stay in place until Norway completed an investigation."
    assertThat(triples(suspension().sentence(
        "Chinese/Chinese/JJ/MISC customs/customs/NNS said/say/VBD the/the/DT suspension/suspension/NN would/would/MD stay/stay/VB in/in/IN place/place/NN "
            + "until/until/IN Norway/Norway/NNP/LOCATION completed/complete/VBD an/a/DT investigation/investigation/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) nsubj(7,5) aux(7,6) ccomp(3,7) case(9,8) obl:in(7,9) mark(12,10) nsubj(12,11) advcl:until(7,12) "
            + "det(14,13) obj(12,14) punct(3,15)")))
        .noneMatch(t -> t.endsWith(" 090"));
  }

  @Test
  void jobsAMeasureCouldCostAreAGloomyCommentNotAThreat() {
    // "Norwegian exporters warned that the measure could cost jobs."
    assertThat(triples(new HandBuiltText().sentence(
        "Norwegian/Norwegian/JJ/MISC exporters/exporter/NNS warned/warn/VBD that/that/IN the/the/DT measure/measure/NN could/could/MD cost/cost/VB jobs/job/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) mark(8,4) det(6,5) nsubj(8,6) aux(8,7) ccomp(3,8) obj(8,9) punct(3,10)")))
        .anyMatch(t -> t.endsWith(" 012")).noneMatch(t -> t.contains(" 13"));
  }

  @Test
  void aBanThatTakesEffectAsPlannedAfterADelayWasAskedIsARefusal() {
    // "Switzerland asked Germany to delay the ban. A German government spokesman said the ban would take effect as planned."
    assertThat(triples(new HandBuiltText()
        .sentence("Switzerland/Switzerland/NNP/LOCATION asked/ask/VBD Germany/Germany/NNP/LOCATION to/to/TO delay/delay/VB the/the/DT ban/ban/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) nsubj:xsubj(5,3) det(7,6) obj(5,7) punct(2,8)")
        .sentence("A/a/DT German/German/JJ/MISC government/government/NN spokesman/spokesman/NN said/say/VBD the/the/DT ban/ban/NN would/would/MD "
                + "take/take/VB effect/effect/NN as/as/IN planned/plan/VBN ././.",
            "det(4,1) amod(4,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) nsubj(9,7) aux(9,8) ccomp(5,9) obj(9,10) case(12,11) obl:as(9,12) punct(5,13)")))
        .anyMatch(t -> t.startsWith("DEUGOV CHE") && t.endsWith(" 124"));
  }

  @Test
  void theGovernmentAGroupOfACountrysPeopleUrgesIsTheirs() {
    // "Kazakhstan welcomed the investment. Kazakh President Tokayev met South Korea's president. In the central city of Karaganda, a group of activists urged the government to publish the report."
    assertThat(triples(new HandBuiltText()
        .sentence("Kazakhstan/Kazakhstan/NNP/LOCATION welcomed/welcome/VBD the/the/DT investment/investment/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Kazakh/Kazakh/JJ/MISC President/President/NNP Tokayev/Tokayev/NNP/PERSON met/meet/VBD South/South/NNP/LOCATION Korea/Korea/NNP/LOCATION "
                + "'s/'s/POS president/president/NN ././.",
            "amod(3,1) compound(3,2) nsubj(4,3) root(0,4) compound(6,5) nmod:poss(8,6) case(6,7) obj(4,8) punct(4,9)")
        .sentence("In/in/IN the/the/DT central/central/JJ city/city/NN of/of/IN Karaganda/Karaganda/NNP/LOCATION ,/,/, a/a/DT group/group/NN of/of/IN "
                + "environmental/environmental/JJ activists/activist/NNS urged/urge/VBD the/the/DT government/government/NN to/to/TO publish/publish/VB "
                + "the/the/DT report/report/NN ././.",
            "case(4,1) det(4,2) amod(4,3) obl:in(13,4) case(6,5) nmod:of(4,6) punct(13,7) det(9,8) nsubj(13,9) case(12,10) amod(12,11) nmod:of(9,12) "
                + "root(0,13) det(15,14) obj(13,15) mark(17,16) xcomp(13,17) det(19,18) obj(17,19) punct(13,20)")))
        .contains("KAZCVL KAZGOV 020");
  }

  @Test
  void proceedingsJudgedAreTheCourtsAndAMarchOutsideACourthouseIsAimedAtIt() {
    // "An Argentine judge ordered the suspects to stand trial. Iran rejected the proceedings. Relatives held a march outside the courthouse in Buenos Aires."
    assertThat(triples(new HandBuiltText()
        .sentence("An/a/DT Argentine/Argentine/JJ/MISC judge/judge/NN ordered/order/VBD the/the/DT suspects/suspect/NNS to/to/TO stand/stand/VB trial/trial/NN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) mark(8,7) xcomp(4,8) nsubj:xsubj(8,6) obj(8,9) punct(4,10)")
        .sentence("Iran/Iran/NNP/LOCATION rejected/reject/VBD the/the/DT proceedings/proceedings/NNS ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Relatives/relative/NNS held/hold/VBD a/a/DT march/march/NN outside/outside/IN the/the/DT courthouse/courthouse/NN in/in/IN "
                + "Buenos/Buenos/NNP/LOCATION Aires/Aires/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) det(7,6) obl:outside(2,7) case(10,8) compound(10,9) nmod:in(7,10) punct(2,11)")))
        .anyMatch(t -> t.startsWith("IRN ARGJUD 12")).anyMatch(t -> t.contains(" ARGJUD 14"));
  }
}
