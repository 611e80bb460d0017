package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A thing a relative clause tells of is whoever does it in that clause: judging it is aimed at them. */
class RelativeClauseDoersTest {
  @Test
  void condemningAnAttackWhichAnotherHasNotClaimedIsAimedAtIt() {
    // "Chile condemned the attack, which Peru has not claimed."
    assertThat(code("Chile/Chile/NNP/LOCATION condemned/condemn/VBD the/the/DT attack/attack/NN ,/,/, which/which/WDT Peru/Peru/NNP/LOCATION has/have/VBZ "
            + "not/not/RB claimed/claim/VBN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(4,5) ref(4,6) nsubj(10,7) aux(10,8) advmod(10,9) acl:relcl(4,10) obj(10,4) punct(2,11)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 11"));
  }

  @Test
  void aClaimPressedWithoutARelativePronounIsNotTakenFromTheResister() {
    // "Chile pressed a claim Peru has long resisted." (no pronoun: no rule)
    assertThat(code("Chile/Chile/NNP/LOCATION pressed/press/VBD a/a/DT claim/claim/NN Peru/Peru/NNP/LOCATION has/have/VBZ long/long/RB resisted/resist/VBN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) nsubj(8,5) aux(8,6) advmod(8,7) acl:relcl(4,8) obj(8,4) punct(2,9)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("PER CHL 12"));
  }
}
