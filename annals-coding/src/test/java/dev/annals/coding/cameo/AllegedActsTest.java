package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What one side accuses another of is coded by the accusation alone (AllegedActs). */
class AllegedActsTest {
  @Test
  void anAccusationOfAttackingCodesTheAccusationNotTheAttack() {
    // "Chile accused Peru of attacking its border posts."
    assertThat(code("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN attacking/attack/VBG its/its/PRP$ border/border/NN posts/post/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) nmod:poss(8,6) compound(8,7) obj(5,8) punct(2,9)").events())
        .extracting(e -> e.type().rootCode()).contains("11").doesNotContain("19");
  }

  @Test
  void anAccusationOfTryingToAttackCodesTheAccusationNotTheAttack() {
    // "Chile accused Peru of trying to attack its border posts."
    assertThat(code("Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN trying/try/VBG to/to/TO attack/attack/VB its/its/PRP$ border/border/NN posts/post/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) mark(7,6) xcomp(5,7) nmod:poss(10,8) compound(10,9) obj(7,10) punct(2,11)").events())
        .extracting(e -> e.type().rootCode()).contains("11").doesNotContain("19");
  }

  @Test
  void whatIsBlamedOnSomeoneIsNoActOfTheirs() {
    // "Chile blamed Peru for attacking its border posts."
    assertThat(code("Chile/Chile/NNP/LOCATION blamed/blame/VBD Peru/Peru/NNP/LOCATION for/for/IN attacking/attack/VBG its/its/PRP$ border/border/NN posts/post/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:for(2,5) nmod:poss(8,6) compound(8,7) obj(5,8) punct(2,9)").events())
        .extracting(e -> e.type().rootCode()).contains("11").doesNotContain("19");
  }

  @Test
  void whatIsDeniedIsCodedNegated() {
    // "Peru denied attacking Chile's border posts."
    assertThat(code("Peru/Peru/NNP/LOCATION denied/deny/VBD attacking/attack/VBG Chile/Chile/NNP/LOCATION 's/'s/POS border/border/NN posts/post/NNS ././.",
        "nsubj(2,1) root(0,2) xcomp(2,3) nmod:poss(7,4) case(4,5) compound(7,6) obj(3,7) punct(2,8)").events())
        .filteredOn(e -> e.type().rootCode().equals("19")).isNotEmpty().allMatch(e -> e.negated());
  }

  @Test
  void whatIsDeniedIsCodedNegatedAlsoWhenTheGerundHangsLoose() {
    // "Peru denied attacking Chile's border posts." with "attacking" a bare dependent of "denied".
    assertThat(code("Peru/Peru/NNP/LOCATION denied/deny/VBD attacking/attack/VBG Chile/Chile/NNP/LOCATION 's/'s/POS border/border/NN posts/post/NNS ././.",
        "nsubj(2,1) root(0,2) dep(2,3) nmod:poss(7,4) case(4,5) compound(7,6) obj(3,7) punct(2,8)").events())
        .filteredOn(e -> e.type().rootCode().equals("19")).isNotEmpty().allMatch(e -> e.negated());
  }

  @Test
  void whatADeniedClaimTellsIsNoAct() {
    // "Kenya rejected any suggestion that Nairobi armed Sudan.": no arming coded, the rejection is.
    assertThat(code("Kenya/Kenya/NNP/LOCATION rejected/reject/VBD any/any/DT suggestion/suggestion/NN that/that/IN Nairobi/Nairobi/NNP/LOCATION "
            + "armed/arm/VBD Sudan/Sudan/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(7,5) nsubj(7,6) acl(4,7) obj(7,8) punct(2,9)").events())
        .extracting(e -> e.type().code()).noneMatch(c -> c.startsWith("05") || c.startsWith("07") || c.startsWith("06"));
    // The parser also hangs the claim's clause on the noun as a complement (ccomp).
    assertThat(code("Kenya/Kenya/NNP/LOCATION rejected/reject/VBD any/any/DT suggestion/suggestion/NN that/that/IN Nairobi/Nairobi/NNP/LOCATION "
            + "armed/arm/VBD Sudan/Sudan/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(7,5) nsubj(7,6) ccomp(4,7) obj(7,8) punct(2,9)").events())
        .extracting(e -> e.type().code()).noneMatch(c -> c.startsWith("05") || c.startsWith("07") || c.startsWith("06"));
  }
}
