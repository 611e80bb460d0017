package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandingRelationsTest {
  @Test
  void aRelativeClauseInThePresentTellsHowThingsStand() {
    // "Chile, which Peru backs, praised Bolivia.": Peru's backing is background, not the day's act.
    assertThat(code("Chile/Chile/NNP/LOCATION ,/,/, which/which/WDT Peru/Peru/NNP/LOCATION backs/back/VBZ ,/,/, praised/praise/VBD Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(7,1) punct(1,2) ref(1,3) obj(5,1) nsubj(5,4) acl:relcl(1,5) punct(1,6) root(0,7) obj(7,8) punct(7,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL BOL 05")).noneMatch(t -> t.startsWith("PER"));
  }

  @Test
  void anAccordThatProvidesInThePresentIsOneInForce() {
    // "An agreement between Chile and Peru requires talks.": the accord stands; "An agreement
    // between Chile and Peru required talks." was made.
    String edges = "det(2,1) nsubj(7,2) case(4,3) nmod:between(2,4) cc(6,5) conj:and(4,6) nmod:between(2,6) root(0,7) obj(7,8) punct(7,9)";
    assertThat(code("An/a/DT agreement/agreement/NN between/between/IN Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION requires/require/VBZ "
        + "talks/talk/NNS ././.", edges).events()).extracting(e -> triple(e)).noneMatch(t -> t.contains(" 057"));
    assertThat(code("An/a/DT agreement/agreement/NN between/between/IN Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION required/require/VBD "
        + "talks/talk/NNS ././.", edges).events()).extracting(e -> triple(e)).anyMatch(t -> t.contains(" 057"));
  }

  @Test
  void aRelativeClauseInThePastTellsAnAct() {
    // "Chile, which Peru praised, praised Bolivia.": Peru's praise was given.
    assertThat(code("Chile/Chile/NNP/LOCATION ,/,/, which/which/WDT Peru/Peru/NNP/LOCATION praised/praise/VBD ,/,/, praised/praise/VBD Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(7,1) punct(1,2) ref(1,3) obj(5,1) nsubj(5,4) acl:relcl(1,5) punct(1,6) root(0,7) obj(7,8) punct(7,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHL 05"));
  }

  @Test
  void aRelativeClauseInThePresentPerfectForYearsTellsHowThingsHaveStood() {
    // "Peru praised Chile, which has criticised Bolivia for years.": the criticism is long-standing background.
    assertThat(code("Peru/Peru/NNP/LOCATION praised/praise/VBD Chile/Chile/NNP/LOCATION ,/,/, which/which/WDT has/have/VBZ criticised/criticise/VBN "
        + "Bolivia/Bolivia/NNP/LOCATION for/for/IN years/year/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(3,4) ref(3,5) nsubj(7,3) aux(7,6) acl:relcl(3,7) obj(7,8) case(10,9) obl:for(7,10) punct(2,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHL 05")).noneMatch(t -> t.startsWith("CHL BOL"));
  }

  @Test
  void aRelativeClauseInThePresentPerfectSinceATimeIsBackground() {
    // "Peru praised Chile, which has criticised Bolivia since 2021.": the criticism is long-standing background.
    assertThat(code("Peru/Peru/NNP/LOCATION praised/praise/VBD Chile/Chile/NNP/LOCATION ,/,/, which/which/WDT has/have/VBZ criticised/criticise/VBN "
        + "Bolivia/Bolivia/NNP/LOCATION since/since/IN 2021/2021/CD ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(3,4) ref(3,5) nsubj(7,3) aux(7,6) acl:relcl(3,7) obj(7,8) case(10,9) obl:since(7,10) punct(2,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHL 05")).noneMatch(t -> t.startsWith("CHL BOL"));
  }

  @Test
  void aWarOnlyACountrysPossessiveNamesIsTheWarInThatCountry() {
    // "Peru urged both sides in Chile's war to talk."
    assertThat(code("Peru/Peru/NNP/LOCATION urged/urge/VBD both/both/DT sides/side/NNS in/in/IN Chile/Chile/NNP/LOCATION 's/'s/POS war/war/NN "
        + "to/to/TO talk/talk/VB ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) nmod:poss(8,6) case(6,7) nmod:in(4,8) mark(10,9) xcomp(2,10) punct(2,11)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHL") && t.endsWith("190"));
  }

  @Test
  void aRelativeClauseInThePresentPerfectWithoutASpanTellsAnAct() {
    // "Peru praised Chile, which has criticised Bolivia.": a recent act.
    assertThat(code("Peru/Peru/NNP/LOCATION praised/praise/VBD Chile/Chile/NNP/LOCATION ,/,/, which/which/WDT has/have/VBZ criticised/criticise/VBN "
        + "Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(3,4) ref(3,5) nsubj(7,3) aux(7,6) acl:relcl(3,7) obj(7,8) punct(2,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL BOL 11"));
  }
}
