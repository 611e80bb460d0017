package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reduced passives on event nouns, and objects the tagger took for adjectives. */
class PassivesAndNationalitiesTest {
  @Test
  void anAgreementSignedByTwoSidesIsTheirSigning() {
    // "The agreement, signed by Chile and Peru, cut tariffs."
    assertThat(code("The/the/DT agreement/agreement/NN ,/,/, signed/sign/VBN by/by/IN Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION ,/,/, cut/cut/VBD tariffs/tariff/NNS ././.",
        "det(2,1) nsubj(10,2) punct(2,3) acl(2,4) case(6,5) obl:by(4,6) cc(8,7) conj:and(6,8) obl:by(4,8) punct(2,9) root(0,10) obj(10,11) punct(10,12)").events())
        .extracting(e -> triple(e)).contains("CHL PER 057");
  }

  @Test
  void aThingDescribedByAParticipleIsNoEvent() {
    // "Waters claimed by Chile were patrolled.": a claim on waters is no statement.
    assertThat(code("Waters/water/NNS claimed/claim/VBN by/by/IN Chile/Chile/NNP/LOCATION were/be/VBD patrolled/patrol/VBN ././.",
        "nsubj:pass(6,1) acl(1,2) case(4,3) obl:by(2,4) aux:pass(6,5) root(0,6) punct(6,7)").events())
        .extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHL - 01"));
  }

  @Test
  void anAdjectiveTaggedObjectWithADeterminerIsANoun() {
    // "A Peruvian court sentenced a Chilean-Bolivian academic to death.": "academic" tagged as an adjective.
    assertThat(code("A/a/DT Peruvian/Peruvian/JJ/MISC court/court/NN sentenced/sentence/VBD a/a/DT Chilean/Chilean/JJ/MISC -/-/HYPH Bolivian/Bolivian/JJ/MISC "
        + "academic/academic/JJ to/to/IN death/death/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(9,5) amod(8,6) punct(8,7) amod(9,8) obj(4,9) case(11,10) obl:to(4,11) punct(4,12)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERJUD CHLEDU") || t.startsWith("PERJUD BOLEDU"));
  }

  @Test
  void theOneAccusedInThePassiveDoesWhatTheyAreAccusedOf() {
    // "Chilean troops were accused of shooting two Peruvian farmers.": no accuser is named; the
    // shooting is the troops'.
    assertThat(code("Chilean/Chilean/JJ/MISC troops/troop/NNS were/be/VBD accused/accuse/VBN of/of/IN shooting/shoot/VBG two/two/CD Peruvian/Peruvian/JJ/MISC farmers/farmer/NNS ././.",
        "amod(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) mark(6,5) advcl:of(4,6) nummod(9,7) amod(9,8) obj(6,9) punct(4,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLMIL PER"));
  }
}
