package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Supplies flown to a country are aid to it, from every country that flew them; aid accepted is accepted from whoever offered it. */
class AidFlownAndAcceptedTest {
  @Test
  void suppliesFlownByTwoCountriesAircraftAreAidFromEach() {
    // "Chilean and New Zealand military aircraft flew tents to Peru."
    assertThat(code("Chilean/Chilean/JJ/MISC and/and/CC New/New/NNP/LOCATION Zealand/Zealand/NNP/LOCATION military/military/JJ aircraft/aircraft/NN "
            + "flew/fly/VBD tents/tent/NNS to/to/TO Peru/Peru/NNP/LOCATION ././.",
        "amod(6,1) cc(4,2) compound(4,3) compound(6,4) conj:and(1,4) amod(6,5) nsubj(7,6) root(0,7) obj(7,8) case(10,9) obl:to(7,10) punct(7,11)").events())
        .extracting(e -> triple(e)).contains("NZLMIL PER 073", "CHLMIL PER 073");
  }

  @Test
  void anInjuredForeignerFlownOutIsAidToThemNotToThePlaceTheyAreFlownTo() {
    // "A Peruvian military plane flew an injured Chilean tourist to Lima."
    assertThat(code("A/a/DT Peruvian/Peruvian/JJ/MISC military/military/JJ plane/plane/NN flew/fly/VBD an/a/DT injured/injured/JJ Chilean/Chilean/JJ/MISC "
            + "tourist/tourist/NN to/to/TO Lima/Lima/NNP/LOCATION ././.",
        "det(4,1) amod(4,2) amod(4,3) nsubj(5,4) root(0,5) det(9,6) amod(9,7) amod(9,8) obj(5,9) case(11,10) obl:to(5,11) punct(5,12)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERMIL CHL") && t.endsWith(" 073"));
  }

  @Test
  void aForeignerFlownWithoutHurtIsNoAid() {
    // "A Peruvian military plane flew a Chilean tourist to Lima."
    assertThat(code("A/a/DT Peruvian/Peruvian/JJ/MISC military/military/JJ plane/plane/NN flew/fly/VBD a/a/DT Chilean/Chilean/JJ/MISC "
            + "tourist/tourist/NN to/to/TO Lima/Lima/NNP/LOCATION ././.",
        "det(4,1) amod(4,2) amod(4,3) nsubj(5,4) root(0,5) det(8,6) amod(8,7) obj(5,8) case(10,9) obl:to(5,10) punct(5,11)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 073"));
  }

  @Test
  void aidAcceptedInARelativeClauseIsAcceptedFromItsGiver() {
    // "Chile had offered relief supplies, which Peru's government accepted."
    assertThat(code("Chile/Chile/NNP/LOCATION had/have/VBD offered/offer/VBN relief/relief/NN supplies/supply/NNS ,/,/, which/which/WDT "
            + "Peru/Peru/NNP/LOCATION 's/'s/POS government/government/NN accepted/accept/VBD ././.",
        "nsubj(3,1) aux(3,2) root(0,3) compound(5,4) obj(3,5) punct(5,6) ref(5,7) nmod:poss(10,8) case(8,9) nsubj(11,10) acl:relcl(5,11) obj(11,5) punct(3,12)")
        .events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERGOV CHL") && t.contains(" 086"));
  }

  @Test
  void aVesselHandedOverToAForeignNavyIsMilitaryAid() {
    // "Chile handed over a patrol vessel to the Peruvian navy."
    assertThat(dev.annals.coding.HandCoding.code("Chile/Chile/NNP/LOCATION handed/hand/VBD over/over/RP a/a/DT patrol/patrol/NN vessel/vessel/NN to/to/IN "
            + "the/the/DT Peruvian/Peruvian/JJ/MISC navy/navy/NN ././.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) det(6,4) compound(6,5) obj(2,6) case(10,7) det(10,8) amod(10,9) obl:to(2,10) punct(2,11)").events())
        .extracting(e -> dev.annals.coding.HandCoding.triple(e)).contains("CHL PERMIL 072");
  }

  @Test
  void defendingItsOwnIsNoAidToTheStateAidedBefore() {
    // "Chile sent food to Peru. Bolivia defended its border."
    assertThat(dev.annals.coding.HandCoding.code(new dev.annals.coding.HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION sent/send/VBD food/food/NN to/to/TO Peru/Peru/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)")
        .sentence("Bolivia/Bolivia/NNP/LOCATION defended/defend/VBD its/its/PRP$ border/border/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) punct(2,5)")).events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 07")).noneMatch(t -> t.startsWith("BOL"));
  }
}
