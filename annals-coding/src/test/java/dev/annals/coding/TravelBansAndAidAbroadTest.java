package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bans on leaving, aid sent to another country's provinces, imports of another country's goods stopped. */
class TravelBansAndAidAbroadTest {
  @Test
  void barringPeopleFromLeavingRestrictsThem() {
    // "Mongolia's anti-corruption agency has barred two Australian executives from leaving the country": a ban on leaving (verbs.tsv), named by the gerund after "from" (VerbObjects).
    var article = code(new HandBuiltText().sentence(
        "Mongolia/Mongolia/NNP/LOCATION 's/'s/POS anti-corruption/anti-corruption/NN agency/agency/NN has/have/VBZ barred/bar/VBN "
            + "two/two/CD Australian/Australian/JJ executives/executive/NNS from/from/IN leaving/leave/VBG the/the/DT country/country/NN ././.",
        "root(0,6) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(6,4) aux(6,5) obj(6,9) advcl:from(6,11) punct(6,14) nummod(9,7) amod(9,8) "
            + "case(11,10) obj(11,13) det(13,12)"), LocalDate.of(2026, 8, 8));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("172")).extracting(e -> triple(e)).containsExactly("MNGGOV AUSBUS 172");
    assertThat(article.events()).noneMatch(e -> e.type().code().equals("160"));
  }

  @Test
  void aidPromisedToAnotherCountrysProvincesIsPromisedToIt() {
    // "Qatar said it would send more aid to the provinces of Badakhshan and Takhar" (ConventionalTargets, PlaceFinder.placeGoneTo, implied-targets.tsv).
    var article = code(new HandBuiltText().sentence(
        "Qatar/Qatar/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD send/send/VB more/more/JJR aid/aid/NN to/to/IN the/the/DT "
            + "provinces/province/NNS of/of/IN Badakhshan/Badakhshan/NNP/LOCATION and/and/CC Takhar/Takhar/NNP/LOCATION ././.",
        "root(0,2) nsubj(2,1) ccomp(2,5) punct(2,15) nsubj(5,3) aux(5,4) obj(5,7) obl:to(5,10) amod(7,6) case(10,8) det(10,9) "
            + "nmod:of(10,12) nmod:of(10,14) case(12,11) conj:and(12,14) cc(14,13)"), LocalDate.of(2026, 5, 11));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("033")).extracting(e -> triple(e)).containsExactly("QAT AFG 033");
  }

  @Test
  void aidSentToAnotherCountrysProvinceIsSentToIt() {
    // "Qatar sent aid to Badakhshan province on Monday".
    var article = code(new HandBuiltText().sentence(
        "Qatar/Qatar/NNP/LOCATION sent/send/VBD aid/aid/NN to/to/IN Badakhshan/Badakhshan/NNP/LOCATION province/province/NN on/on/IN "
            + "Monday/Monday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:to(2,6) obl:on(2,8) punct(2,9) case(6,4) compound(6,5) case(8,7)"), LocalDate.of(2026, 5, 11));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("070")).extracting(e -> triple(e)).containsExactly("QAT AFG 070");
  }

  @Test
  void importsOfAnotherCountrysGoodsStoppedAreStoppedWithIt() {
    // "Egypt suspended imports of Kenyan tea on Monday" (VerbTargets).
    var article = code(new HandBuiltText().sentence(
        "Egypt/Egypt/NNP/LOCATION suspended/suspend/VBD imports/import/NNS of/of/IN Kenyan/Kenyan/JJ tea/tea/NN on/on/IN Monday/Monday/NNP "
            + "././.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,8) punct(2,9) nmod:of(3,6) case(6,4) amod(6,5) case(8,7)"), LocalDate.of(2026, 6, 5));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("163")).extracting(e -> triple(e)).containsExactly("EGY KEN 163");
  }

  @Test
  void aPeacekeepingMissionAbroadIsNoAidToTheCountry() {
    // "soldiers serving with the United Nations peacekeeping mission in the Central African Republic": the mission is named, no act aimed at the country.
    var article = code(new HandBuiltText().sentence(
        "Gunmen/gunman/NNS killed/kill/VBD two/two/CD Rwandan/Rwandan/JJ soldiers/soldier/NNS serving/serve/VBG with/with/IN the/the/DT "
            + "United/United/NNP/ORGANIZATION Nations/Nations/NNPS/ORGANIZATION peacekeeping/peacekeeping/NN mission/mission/NN in/in/IN "
            + "the/the/DT Central/central/JJ/LOCATION African/African/NNP/LOCATION Republic/Republic/NNP/LOCATION on/on/IN "
            + "Wednesday/Wednesday/NNP ././.",
        "root(0,2) nsubj(2,1) obj(2,5) punct(2,20) nummod(5,3) amod(5,4) acl(5,6) obl:with(6,12) obl:on(6,19) case(12,7) det(12,8) "
            + "compound(12,10) compound(12,11) nmod:in(12,17) compound(10,9) case(17,13) det(17,14) amod(17,15) compound(17,16) case(19,18)"), LocalDate.of(2025, 10, 24));
    assertThat(article.events()).noneMatch(e -> e.type().code().startsWith("07"));
  }
}
