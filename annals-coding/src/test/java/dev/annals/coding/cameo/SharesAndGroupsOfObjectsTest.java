package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** What a verb acts on when its object is a number or a group of something (VerbObjects, NounActors). */
class SharesAndGroupsOfObjectsTest {
  @Test
  void aRequestByAGroupOfUniversitiesIsTheUniversities() {
    // "Chile rejected a request by a group of Chinese universities to build a telescope."
    var article = code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION rejected/reject/VBD a/a/DT request/request/NN by/by/IN a/a/DT group/group/NN of/of/IN Chinese/Chinese/JJ "
            + "universities/university/NNS to/to/TO build/build/VB a/a/DT telescope/telescope/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) det(7,6) nmod:by(4,7) case(10,8) amod(10,9) nmod:of(7,10) mark(12,11) acl(4,12) "
            + "det(14,13) obj(12,14) punct(2,15)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL CHNEDU 124");
  }

  @Test
  void aNumberOfFlatsFrozenIsPropertyFrozen() {
    // "Italy froze three of the flats of a Russian businessman", parsed with the number as the object.
    var article = code(new HandBuiltText().sentence(
        "Italy/Italy/NNP/LOCATION froze/freeze/VBD three/three/CD of/of/IN the/the/DT flats/flat/NNS of/of/IN a/a/DT Russian/Russian/JJ "
            + "businessman/businessman/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) nmod:of(3,6) case(10,7) det(10,8) amod(10,9) nmod:of(6,10) punct(2,11)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("ITA RUSBUS 163");
  }

  @Test
  void aNumberOfPeopleAccusedOfAnActIsThosePeople() {
    // "Russia accused the two of spying": the "of" clause is the charge, not a whole the number is part of.
    var article = code(new HandBuiltText().sentence(
        "Russia/Russia/NNP/LOCATION accused/accuse/VBD the/the/DT two/two/CD Estonian/Estonian/JJ diplomats/diplomat/NNS of/of/IN spying/spy/VBG ././.",
        "nsubj(2,1) root(0,2) det(6,3) nummod(6,4) amod(6,5) obj(2,6) mark(8,7) advcl:of(2,8) punct(2,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("RUS EST") && t.endsWith(" 112"));
  }

  @Test
  void recruitmentFrozenIsRelationsReduced() {
    // "Malaysia froze the recruitment of Bangladeshi workers."
    var article = code(new HandBuiltText().sentence(
        "Malaysia/Malaysia/NNP/LOCATION froze/freeze/VBD the/the/DT recruitment/recruitment/NN of/of/IN Bangladeshi/Bangladeshi/JJ workers/worker/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) amod(7,6) nmod:of(4,7) punct(2,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("MYS BGDLAB 160");
  }

  @Test
  void recruitmentSuspendedForACountryIsRelationsWithItReduced() {
    // "Ethiopia suspended the recruitment of domestic workers for Lebanon.": aimed at the country
    // the workers were recruited for, not at Ethiopia's own workers.
    var article = code(new HandBuiltText().sentence(
        "Ethiopia/Ethiopia/NNP/LOCATION suspended/suspend/VBD the/the/DT recruitment/recruitment/NN of/of/IN domestic/domestic/JJ workers/worker/NNS "
            + "for/for/IN Lebanon/Lebanon/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) amod(7,6) nmod:of(4,7) case(9,8) nmod:for(4,9) punct(2,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("ETH LBN 160");
  }

  @Test
  void exportsCappedToACountryAreTradeRestricted() {
    // "Norway capped electricity exports to Germany."
    var article = code(new HandBuiltText().sentence(
        "Norway/Norway/NNP/LOCATION capped/cap/VBD electricity/electricity/NN exports/export/NNS to/to/IN Germany/Germany/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) nmod:to(4,6) punct(2,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("NOR DEU 163");
  }

  @Test
  void astronomersAtAUniversityAreItsEducators() {
    // "Astronomers at the University of Chile criticised the government."
    var article = code(new HandBuiltText().sentence(
        "Astronomers/astronomer/NNS at/at/IN the/the/DT University/University/NNP/ORGANIZATION of/of/IN/ORGANIZATION Chile/Chile/NNP/ORGANIZATION "
            + "criticised/criticise/VBD the/the/DT government/government/NN ././.",
        "nsubj(7,1) case(4,2) det(4,3) nmod:at(1,4) case(6,5) nmod:of(4,6) root(0,7) det(9,8) obj(7,9) punct(7,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLEDU CHLGOV 111");
  }
}
