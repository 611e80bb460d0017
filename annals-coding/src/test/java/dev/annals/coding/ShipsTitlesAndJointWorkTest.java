package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Titles ending in "general", ships of forces and of countries, joint undertakings cut, measures called political. */
class ShipsTitlesAndJointWorkTest {
  @Test
  void aSecretaryGeneralAfterTheBodysNameSpeaksForIt() {
    // "The OSCE secretary general praised Iceland on Monday": "general" after the noun ends the title (PhraseNames).
    var article = code(new HandBuiltText().sentence(
        "The/the/DT OSCE/OSCE/NNP/ORGANIZATION secretary/secretary/NN general/general/JJ praised/praise/VBD Iceland/Iceland/NNP/LOCATION "
            + "on/on/IN Monday/Monday/NNP ././.",
        "root(0,5) det(3,1) compound(3,2) amod(3,4) nsubj(5,3) obj(5,6) obl:on(5,8) punct(5,9) case(8,7)"), LocalDate.of(2026, 1, 22));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("051")).extracting(e -> triple(e)).containsExactly("OSCE ISL 051");
  }

  @Test
  void aCoastGuardVesselIsTheForceThatSailsIt() {
    // "Iceland said a coast guard vessel shadowed a Russian research ship on Sunday" (PhraseResolver.craftOfAForce).
    var article = code(new HandBuiltText().sentence(
        "Iceland/Iceland/NNP/LOCATION said/say/VBD a/a/DT coast/coast/NN/ORGANIZATION guard/guard/NN/ORGANIZATION vessel/vessel/NN "
            + "shadowed/shadow/VBD a/a/DT Russian/Russian/JJ research/research/NN ship/ship/NN on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,2) nsubj(2,1) ccomp(2,7) punct(2,14) det(6,3) compound(6,5) compound(5,4) nsubj(7,6) obj(7,11) obl:on(7,13) det(11,8) "
            + "amod(11,9) compound(11,10) case(13,12)"), LocalDate.of(2026, 1, 22));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("150")).extracting(e -> triple(e)).containsExactly("ISLMIL RUS 150");
  }

  @Test
  void theCraftNamedAgainIsItsCountryWhenActedOn() {
    // "A Chinese research icebreaker entered Icelandic waters … shadowed the icebreaker" (NounAnaphora.oneCraftOfACountry).
    var article = code(new HandBuiltText().sentence(
        "A/a/DT Chinese/Chinese/JJ research/research/NN icebreaker/icebreaker/NN entered/enter/VBD Icelandic/Icelandic/JJ waters/water/NNS "
            + "on/on/IN Friday/Friday/NNP ././.",
        "root(0,5) det(4,1) amod(4,2) compound(4,3) nsubj(5,4) obj(5,7) obl:on(5,9) punct(5,10) amod(7,6) case(9,8)").sentence(
        "An/a/DT Icelandic/Icelandic/JJ coast/coast/NN/ORGANIZATION guard/guard/NN/ORGANIZATION vessel/vessel/NN shadowed/shadow/VBD "
            + "the/the/DT icebreaker/icebreaker/NN until/until/IN it/it/PRP left/leave/VBD on/on/IN Sunday/Sunday/NNP ././.",
        "root(0,6) det(5,1) amod(5,2) compound(5,4) compound(4,3) nsubj(6,5) obj(6,8) advcl:until(6,11) punct(6,14) det(8,7) mark(11,9) "
            + "nsubj(11,10) obl:on(11,13) case(13,12)"), LocalDate.of(2026, 1, 22));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("150")).extracting(e -> triple(e)).containsExactly("ISLMIL CHN 150");
  }

  @Test
  void aCraftThatSailsOnIsNoShowOfForceByItsFlag() {
    // "The vessel sailed on towards the Maldives": a research ship acting stands for no state by its flag alone.
    var article = code(new HandBuiltText().sentence(
        "A/a/DT Chinese/Chinese/JJ research/research/NN vessel/vessel/NN docked/dock/VBD in/in/IN Colombo/Colombo/NNP/LOCATION on/on/IN "
            + "Monday/Monday/NNP ././.",
        "root(0,5) det(4,1) amod(4,2) compound(4,3) nsubj(5,4) obl:in(5,7) obl:on(5,9) punct(5,10) case(7,6) case(9,8)").sentence(
        "The/the/DT vessel/vessel/NN sailed/sail/VBD on/on/IN towards/towards/IN the/the/DT Maldives/Maldives/NNP/LOCATION on/on/IN "
            + "Tuesday/Tuesday/NNP ././.",
        "root(0,3) det(2,1) nsubj(3,2) compound:prt(3,4) obl:towards(3,7) obl:on(3,9) punct(3,10) case(7,5) det(7,6) case(9,8)"), LocalDate.of(2025, 12, 10));
    assertThat(article.events()).noneMatch(e -> e.type().code().startsWith("15"));
  }

  @Test
  void aJointObservatoryRunWithAnotherSideIsCutWithIt() {
    // "Iceland suspended a joint observatory run with China on Monday": "run", tagged a bare verb, is the observatory's participle (ParticipleLikeItsBaseReadAsSmallClause), and its "with" names whom the cut is aimed at.
    var article = code(new HandBuiltText().sentence(
        "Iceland/Iceland/NNP/LOCATION suspended/suspend/VBD a/a/DT joint/joint/JJ observatory/observatory/NN run/run/VBN with/with/IN "
            + "China/China/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,5) punct(2,11) det(5,3) amod(5,4) acl(5,6) obl:with(6,8) obl:on(6,10) case(8,7) case(10,9)"), LocalDate.of(2026, 1, 22));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("160")).extracting(e -> triple(e)).containsExactly("ISL CHN 160");
  }

  @Test
  void drillsPlannedWithAnotherSideAreCutWithIt() {
    // "Iceland suspended the exercises planned with China": the participle of the object tells with whom (TargetSlotTokens).
    var article = code(new HandBuiltText().sentence(
        "Iceland/Iceland/NNP/LOCATION suspended/suspend/VBD the/the/DT exercises/exercise/NNS planned/plan/VBN with/with/IN "
            + "China/China/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,4) punct(2,10) det(4,3) acl(4,5) obl:with(5,7) obl:on(5,9) case(7,6) case(9,8)"), LocalDate.of(2026, 1, 22));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("160")).extracting(e -> triple(e)).containsExactly("ISL CHN 160");
  }

  @Test
  void callingAMeasureAPoliticalDecisionCriticisesItsMaker() {
    // "China called the suspension a political decision": a measure said to serve politics is criticised (verbs.tsv).
    var article = code(new HandBuiltText().sentence(
        "Iceland/Iceland/NNP/LOCATION suspended/suspend/VBD a/a/DT joint/joint/JJ project/project/NN run/run/VBN with/with/IN "
            + "China/China/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,5) punct(2,11) det(5,3) amod(5,4) acl(5,6) obl:with(6,8) obl:on(6,10) case(8,7) case(10,9)").sentence(
        "China/China/NNP/LOCATION called/call/VBD the/the/DT suspension/suspension/NN a/a/DT political/political/JJ decision/decision/NN "
            + "././.",
        "root(0,2) nsubj(2,1) xcomp(2,7) punct(2,8) det(4,3) nsubj(7,4) det(7,5) amod(7,6)"), LocalDate.of(2026, 1, 22));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("111")).extracting(e -> triple(e)).containsExactly("CHN ISL 111");
  }
}
