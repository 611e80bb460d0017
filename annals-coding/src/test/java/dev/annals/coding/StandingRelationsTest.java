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
  void aRelativeClauseInThePastTellsAnAct() {
    // "Chile, which Peru praised, praised Bolivia.": Peru's praise was given.
    assertThat(code("Chile/Chile/NNP/LOCATION ,/,/, which/which/WDT Peru/Peru/NNP/LOCATION praised/praise/VBD ,/,/, praised/praise/VBD Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(7,1) punct(1,2) ref(1,3) obj(5,1) nsubj(5,4) acl:relcl(1,5) punct(1,6) root(0,7) obj(7,8) punct(7,9)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHL 05"));
  }
}
