package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** Saying that another must act is demanding it of them; saying it of one's own side is not. */
class MustDemandTest {
  private static CodedArticle franceSaid(String actor) {
    return code(
        "France/France/NNP/LOCATION said/say/VBD " + actor + "/" + actor + "/NNP/LOCATION must/must/MD act/act/VB ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) punct(2,6)");
  }

  @Test
  void sayingAnotherCountryMustActIsADemand() {
    assertThat(franceSaid("Russia").events()).extracting(e -> triple(e)).contains("FRA RUS 100");
  }

  @Test
  void sayingARegionOfOnesOwnMustActIsNoDemand() {
    assertThat(franceSaid("Europe").events()).extracting(e -> triple(e)).doesNotContain("FRA EUR 100");
  }

  @Test
  void sayingOthersShouldActIsAnAppealToEachOfThem() {
    // "France said Chile and Peru should settle the dispute through talks."
    assertThat(code("France/France/NNP/LOCATION said/say/VBD Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION should/should/MD settle/settle/VB "
            + "the/the/DT dispute/dispute/NN through/through/IN talks/talk/NNS ././.",
        "nsubj(2,1) root(0,2) nsubj(7,3) cc(5,4) conj:and(3,5) nsubj(7,5) aux(7,6) ccomp(2,7) det(9,8) obj(7,9) case(11,10) obl:through(7,11) punct(2,12)").events())
        .extracting(e -> triple(e)).contains("FRA CHL 020", "FRA PER 020");
  }

  @Test
  void sayingOthersShouldNotExpectSomethingIsNoAppeal() {
    // "France said Chile should not expect a change."
    assertThat(code("France/France/NNP/LOCATION said/say/VBD Chile/Chile/NNP/LOCATION should/should/MD not/not/RB expect/expect/VB a/a/DT change/change/NN ././.",
        "nsubj(2,1) root(0,2) nsubj(6,3) aux(6,4) advmod(6,5) ccomp(2,6) det(8,7) obj(6,8) punct(2,9)").events())
        .extracting(e -> triple(e)).doesNotContain("FRA CHL 020");
  }

  @Test
  void sayingWhatAStateOfThingsShouldBeIsNoAppeal() {
    // "France said Chile should be ready."
    assertThat(code("France/France/NNP/LOCATION said/say/VBD Chile/Chile/NNP/LOCATION should/should/MD be/be/VB ready/ready/JJ ././.",
        "nsubj(2,1) root(0,2) nsubj(6,3) aux(6,4) cop(6,5) ccomp(2,6) punct(2,7)").events())
        .extracting(e -> triple(e)).doesNotContain("FRA CHL 020");
  }

  @Test
  void tellingAForeignSideWhatMustBeDoneDemandsItOfThatSide() {
    // "Turkey told Bulgaria that the contract must be honoured."
    assertThat(code("Turkey/Turkey/NNP/LOCATION told/tell/VBD Bulgaria/Bulgaria/NNP/LOCATION that/that/IN the/the/DT contract/contract/NN must/must/MD be/be/VB honoured/honour/VBN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(9,4) det(6,5) nsubj:pass(9,6) aux(9,7) aux:pass(9,8) ccomp(2,9) punct(2,10)").events())
        .extracting(e -> triple(e)).contains("TUR BGR 100");
  }

  @Test
  void tellingOneSideWhatAnotherMustDoIsNoDemandOfTheSideTold() {
    // "Turkey told Bulgaria that Greece must act."
    assertThat(code("Turkey/Turkey/NNP/LOCATION told/tell/VBD Bulgaria/Bulgaria/NNP/LOCATION that/that/IN Greece/Greece/NNP/LOCATION must/must/MD act/act/VB ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(7,4) nsubj(7,5) aux(7,6) ccomp(2,7) punct(2,8)").events())
        .extracting(e -> triple(e)).doesNotContain("TUR BGR 100");
  }
}
