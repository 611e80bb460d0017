package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where things given back go, and who is judged for giving them (AntecedentTargets). */
class ThingsReturnedTest {
  @Test
  void statuesCalledPeruvianGoBackToPeru() {
    // "Spain handed back ancient Peruvian statues."
    var article = code(new HandBuiltText().sentence("Spain/Spain/NNP/LOCATION handed/hand/VBD back/back/RP ancient/ancient/JJ Peruvian/Peruvian/JJ/MISC "
            + "statues/statue/NNS ././.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) amod(6,4) amod(6,5) obj(2,6) punct(2,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("ESP PER 0842");
  }

  private static HandBuiltText masksHandedOver() {
    // "Belgium handed over 12 masks at a ceremony in Kinshasa on Friday. Belgian opposition
    // lawmakers criticised the handover. The culture minister said Belgium would return other objects."
    return new HandBuiltText().sentence(
        "Belgium/Belgium/NNP/LOCATION handed/hand/VBD over/over/RP 12/12/CD masks/mask/NNS at/at/IN a/a/DT ceremony/ceremony/NN in/in/IN "
            + "Kinshasa/Kinshasa/NNP/LOCATION on/on/IN Friday/Friday/NNP ././.",
        "root(0,2) nsubj(2,1) compound:prt(2,3) obj(2,5) obl:at(2,8) obl:on(2,12) punct(2,13) nummod(5,4) case(8,6) det(8,7) nmod:in(8,10) "
            + "case(10,9) case(12,11)").sentence(
        "Belgian/Belgian/JJ opposition/opposition/NN lawmakers/lawmaker/NNS criticised/criticise/VBD the/the/DT handover/handover/NN ././.",
        "root(0,4) amod(3,1) compound(3,2) nsubj(4,3) obj(4,6) punct(4,7) det(6,5)").sentence(
        "The/the/DT culture/culture/NN minister/minister/NN said/say/VBD Belgium/Belgium/NNP/LOCATION would/would/MD return/return/VB "
            + "other/other/JJ objects/object/NNS ././.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) ccomp(4,7) punct(4,10) nsubj(7,5) aux(7,6) obj(7,9) amod(9,8)");
  }

  @Test
  void thingsHandedOverAtAnOccasionInAnotherStatesCapitalGoToItsGovernment() {
    assertThat(code(masksHandedOver()).events()).extracting(e -> triple(e)).contains("BEL CODGOV 084");
  }

  @Test
  void aReturnToNoOneNamedGoesWhereTheSameSidesLastReturnWent() {
    assertThat(code(masksHandedOver()).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("BELGOV CODGOV 03"));
  }

  @Test
  void lawmakersJudgingTheirOwnStatesDeedNamedAgainJudgeTheirGovernment() {
    // "the handover" names "handed over", a verb and its particle written as one noun.
    assertThat(code(masksHandedOver()).events()).extracting(e -> triple(e)).contains("BELLEG BELGOV 111");
  }
}
