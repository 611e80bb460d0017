package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triples;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A seizure aimed at no one beside the arrest of a crew of a country is done to that crew; a pair
 * of countries named as where something is are no pair of sides.
 */
class SeizuresAndPairsTest {
  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2026, 2, 16);

  @Test
  void aSeizureBesideTheArrestOfACrewIsDoneToTheCrewsCountry() {
    // "The Mexican navy seized a semi-submersible and arrested its four Colombian crew members."
    var article = code(new HandBuiltText().sentence(
        "The/the/DT Mexican/Mexican/JJ/MISC navy/navy/NN seized/seize/VBD a/a/DT semi-submersible/semi-submersible/NN and/and/CC arrested/arrest/VBD "
            + "its/its/PRP$ four/four/CD Colombian/Colombian/JJ/MISC crew/crew/NN members/member/NNS ././.",
        "det(3,1) amod(3,2) nsubj(4,3) nsubj(8,3) root(0,4) det(6,5) obj(4,6) cc(8,7) conj:and(4,8) nmod:poss(13,9) nummod(13,10) amod(13,11) "
            + "compound(13,12) obj(8,13) punct(4,14)"), MONDAY);
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("171")).isNotEmpty()
        .allMatch(e -> e.target().map(t -> t.code()).orElse("-").startsWith("COL"));
  }

  @Test
  void aSeizureBesideTheArrestOfACrewOfNoNamedNationStaysUnaimed() {
    // "Portugal seized a yacht and arrested its four crew members.": this same-root pairing is not
    // JoinedDeedsOfOneKind's (171 and 173 are two deeds); only a crew's named nation aims it.
    var article = code(new HandBuiltText().sentence(
        "Portugal/Portugal/NNP/LOCATION seized/seize/VBD a/a/DT yacht/yacht/NN and/and/CC arrested/arrest/VBD its/its/PRP$ four/four/CD "
            + "crew/crew/NN members/member/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) nmod:poss(10,7) nummod(10,8) compound(10,9) obj(6,10) punct(2,11)"), MONDAY);
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("171")).isNotEmpty().allMatch(e -> e.target().isEmpty());
  }

  @Test
  void countriesNamedAsWhereSomethingIsAreNoPairOfSides() {
    // "Mexico seized a vessel of Colombia. Petro said the bosses lived in Mexico and the United
    // States. The two governments agreed to share radar data."
    var article = code(new HandBuiltText()
        .sentence("Mexico/Mexico/NNP/LOCATION criticised/criticise/VBD Colombia/Colombia/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Colombia/Colombia/NNP/LOCATION said/say/VBD the/the/DT bosses/boss/NNS lived/live/VBD in/in/IN Mexico/Mexico/NNP/LOCATION and/and/CC "
                + "the/the/DT United/United/NNP/LOCATION States/States/NNPS/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) ccomp(2,5) case(7,6) obl:in(5,7) cc(11,8) det(11,9) compound(11,10) conj:and(7,11) obl:in(5,11) punct(2,12)")
        .sentence("The/the/DT two/two/CD governments/government/NNS agreed/agree/VBD to/to/TO share/share/VB radar/radar/NN data/data/NNS ././.",
            "det(3,1) nummod(3,2) nsubj(4,3) nsubj:xsubj(6,3) root(0,4) mark(6,5) xcomp(4,6) compound(8,7) obj(6,8) punct(4,9)"), MONDAY);
    assertThat(triples(article)).filteredOn(t -> t.contains(" 03")).isNotEmpty().noneMatch(t -> t.contains("USA"));
  }
}
