package dev.annals.coding.actors;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import org.junit.jupiter.api.Test;

/** "The three", "the two": a number alone stands for as many actors named together before. */
class CountedGroupsTest {
  private static HandBuiltText threeThenAccused() {
    // "Egypt, Eritrea and Somalia agreed. Ethiopia accused the three of trying to encircle it."
    return new HandBuiltText()
        .sentence("Egypt/Egypt/NNP/LOCATION ,/,/, Eritrea/Eritrea/NNP/LOCATION and/and/CC Somalia/Somalia/NNP/LOCATION agreed/agree/VBD ././.",
            "nsubj(6,1) punct(3,2) conj:and(1,3) cc(5,4) conj:and(1,5) root(0,6) punct(6,7)")
        .sentence("Ethiopia/Ethiopia/NNP/LOCATION accused/accuse/VBD the/the/DT three/three/CD of/of/IN trying/try/VBG to/to/TO encircle/encircle/VB it/it/PRP ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) mark(8,7) xcomp(2,8) obj(8,9) punct(2,10)");
  }

  @Test
  void theThreeAreTheThreeNamedTogetherBefore() {
    assertThat(code(threeThenAccused()).events()).extracting(e -> triple(e)).contains("ETH EGY 112", "ETH ERI 112", "ETH SOM 112");
  }

  @Test
  void whatTheyAreAccusedOfIsNotCodedAsTheirAct() {
    // The parser hangs "to encircle" on "accused" (xcomp): still what is alleged, not an act of the three.
    assertThat(code(threeThenAccused()).events()).extracting(e -> e.type().code()).doesNotContain("191");
  }

  private static HandBuiltText discussedWith(String companions, String companionEdges) {
    // "Putin discussed the war with Xi[ and Modi], and the two agreed to meet."
    return new HandBuiltText().sentence("Putin/Putin/NNP/PERSON discussed/discuss/VBD the/the/DT war/war/NN with/with/IN " + companions
        + " ,/,/, and/and/CC the/the/DT two/two/CD agreed/agree/VBD to/to/TO meet/meet/VB ././.", companionEdges);
  }

  @Test
  void theTwoAreTheTwoSidesNamedBeforeInTheSentenceWhenNoneWereNamedTogether() {
    HandBuiltText text = discussedWith("Xi/Xi/NNP/PERSON",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:with(2,6) punct(2,7) cc(11,8) det(10,9) nsubj(11,10) conj:and(2,11) mark(13,12) xcomp(11,13) punct(2,14)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("RUSGOV CHNGOV 036", "CHNGOV RUSGOV 036");
  }

  @Test
  void twoNamedTogetherStillComeBeforeTheOthersOfTheSentence() {
    HandBuiltText text = discussedWith("Xi/Xi/NNP/PERSON and/and/CC Modi/Modi/NNP/PERSON",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:with(2,6) cc(8,7) conj:and(6,8) punct(2,9) cc(13,10) det(12,11) nsubj(13,12) conj:and(2,13) mark(15,14) xcomp(13,15) punct(2,16)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHNGOV INDGOV 036").doesNotContain("RUSGOV CHNGOV 036");
  }

  @Test
  void theOwnerOfAMinisterNamedBesideHimIsHisSideNotAThird() {
    // "Turkmenistan's minister met the Taliban's minister, Muttaqi, and the two signed an agreement."
    HandBuiltText text = new HandBuiltText().sentence("Turkmenistan/Turkmenistan/NNP/LOCATION 's/'s/POS minister/minister/NN met/meet/VBD the/the/DT "
            + "Taliban/Taliban/NNP/ORGANIZATION 's/'s/POS minister/minister/NN ,/,/, Muttaqi/Muttaqi/NNP/PERSON ,/,/, and/and/CC the/the/DT two/two/CD "
            + "signed/sign/VBD an/a/DT agreement/agreement/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) nmod:poss(8,6) case(6,7) obj(4,8) punct(8,9) appos(8,10) punct(8,11) cc(15,12) det(14,13) "
            + "nsubj(15,14) conj:and(4,15) det(17,16) obj(15,17) punct(4,18)");
    assertThat(code(text, java.time.LocalDate.of(2025, 4, 15)).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("TKM\\S* AFGGOV 057"));
  }

  @Test
  void theTwoAreTheMinistersNotTheCountriesNamedAsTheirOwners() {
    // "Colombia's defence minister received Costa Rica's security minister in Bogota on Monday,
    // and the two signed an agreement on police training."
    var article = code(new HandBuiltText().sentence(
        "Colombia/Colombia/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN received/receive/VBD Costa/Costa/NNP/LOCATION "
            + "Rica/Rica/NNP/LOCATION 's/'s/POS security/security/NN minister/minister/NN in/in/IN Bogota/Bogota/NNP/LOCATION on/on/IN "
            + "Monday/Monday/NNP ,/,/, and/and/CC the/the/DT two/two/CD signed/sign/VBD an/a/DT agreement/agreement/NN on/on/IN police/police/NN "
            + "training/training/NN ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,10) obl:in(5,12) obl:on(5,14) punct(5,15) conj:and(5,19) "
            + "punct(5,25) compound(7,6) case(7,8) nmod:poss(10,7) compound(10,9) case(12,11) case(14,13) cc(19,16) nsubj(19,18) obj(19,21) "
            + "det(18,17) det(21,20) nmod:on(21,24) case(24,22) compound(24,23)"));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("057")).extracting(e -> triple(e))
        .containsExactlyInAnyOrder("COLGOV CRIGOV 057", "CRIGOV COLGOV 057");
  }

  @Test
  void peopleSomeOfWhomAreCountedAsNationalsAreToldOfForThem() {
    // "Peru's navy detained the 14 activists on board, four of them Chileans, the organisers said."
    HandBuiltText text = new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION 's/'s/POS navy/navy/NN detained/detain/VBD the/the/DT 14/14/CD activists/activist/NNS on/on/IN "
            + "board/board/NN ,/,/, four/four/CD of/of/IN them/they/PRP Chileans/Chilean/NNPS ,/,/, the/the/DT organisers/organiser/NNS "
            + "said/say/VBD ././.",
        "root(0,4) nmod:poss(3,1) case(1,2) nsubj(4,3) obj(4,7) obl:on(4,9) punct(4,10) parataxis(4,18) punct(4,19) det(7,5) nummod(7,6) "
            + "case(9,8) det:qmod(13,11) fixed(11,12) dep(18,13) nsubj(18,14) punct(18,15) nsubj(18,17) det(17,16)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PERMIL CHLCVL 173").noneMatch(t -> t.startsWith("PERMIL PERCVL"));
  }
}
