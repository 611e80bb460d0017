package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a counterpart does is done to whose counterpart he is; "the two" after two leaders; "the next round" of two who agreed to talk. */
class CounterpartsAndPairsTest {
  private static final String BORIC_DEMANDED = "Boric/Boric/NNP/PERSON demanded/demand/VBD an/a/DT inquiry/inquiry/NN ././.";
  private static final String BORIC_DEMANDED_EDGES = "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)";

  @Test
  void whatACounterpartDoesWithNoOneNamedIsDoneToWhoseCounterpartHeIs() {
    // "Boric demanded an inquiry. His Peruvian counterpart, Dina Boluarte, expressed regret."
    HandBuiltText text = new HandBuiltText()
        .sentence(BORIC_DEMANDED, BORIC_DEMANDED_EDGES)
        .sentence("His/his/PRP$ Peruvian/Peruvian/JJ/MISC counterpart/counterpart/NN ,/,/, Dina/Dina/NNP/PERSON Boluarte/Boluarte/NNP/PERSON ,/,/, "
            + "expressed/express/VBD regret/regret/NN ././.",
            "nmod:poss(3,1) amod(3,2) nsubj(8,3) punct(3,4) compound(6,5) appos(3,6) punct(3,7) root(0,8) obj(8,9) punct(8,10)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PERGOV CHLGOV 05"));
  }

  @Test
  void theTwoAfterTwoLeadersOfTwoStatesAreThoseLeaders() {
    // "Boric demanded an inquiry. Boluarte expressed regret. The two agreed to hold talks."
    HandBuiltText text = new HandBuiltText()
        .sentence(BORIC_DEMANDED, BORIC_DEMANDED_EDGES)
        .sentence("Boluarte/Boluarte/NNP/PERSON expressed/express/VBD regret/regret/NN ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("The/the/DT two/two/CD agreed/agree/VBD to/to/TO hold/hold/VB talks/talk/NNS ././.",
            "det(2,1) nsubj(3,2) root(0,3) mark(5,4) xcomp(3,5) obj(5,6) punct(3,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLGOV PERGOV 03"))
        .anyMatch(t -> t.startsWith("PERGOV CHLGOV 03"));
  }

  @Test
  void theNeighboursOfAStoryOfTwoStatesAreTheTwo() {
    // "Chile accused Peru of spying. The UN urged the neighbours to talk." and, with no "the",
    // "The UN urged neighbours to talk." names no pair.
    String accused = "Chile/Chile/NNP/LOCATION accused/accuse/VBD Peru/Peru/NNP/LOCATION of/of/IN spying/spy/VBG ././.";
    String accusedEdges = "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) punct(2,6)";
    HandBuiltText text = new HandBuiltText()
        .sentence(accused, accusedEdges)
        .sentence("The/the/DT UN/UN/NNP/ORGANIZATION urged/urge/VBD the/the/DT neighbours/neighbour/NNS to/to/TO talk/talk/VB ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) nsubj:xsubj(7,5) mark(7,6) xcomp(3,7) punct(3,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("UN CHL 02")).anyMatch(t -> t.startsWith("UN PER 02"));
    HandBuiltText bare = new HandBuiltText()
        .sentence(accused, accusedEdges)
        .sentence("The/the/DT UN/UN/NNP/ORGANIZATION urged/urge/VBD neighbours/neighbour/NNS to/to/TO talk/talk/VB ././.",
            "det(2,1) nsubj(3,2) root(0,3) obj(3,4) nsubj:xsubj(6,4) mark(6,5) xcomp(3,6) punct(3,7)");
    assertThat(code(bare).events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("UN CHL 02") || t.startsWith("UN PER 02"));
  }

  @Test
  void aMinisterSentToAnotherCapitalVisitsItAndWelcomingWhatTheTwoAgreedIsAimedAtBoth() {
    // "Boric sent his foreign minister to Lima with a letter. The two ministers agreed to hold
    // talks. The UN welcomed the agreement."
    HandBuiltText text = new HandBuiltText()
        .sentence("Boric/Boric/NNP/PERSON sent/send/VBD his/his/PRP$ foreign/foreign/JJ minister/minister/NN to/to/IN Lima/Lima/NNP/LOCATION with/with/IN "
                + "a/a/DT letter/letter/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) amod(5,4) obj(2,5) case(7,6) obl:to(2,7) case(10,8) det(10,9) obl:with(2,10) punct(2,11)")
        .sentence("Peru/Peru/NNP/LOCATION and/and/CC Chile/Chile/NNP/LOCATION agreed/agree/VBD to/to/TO hold/hold/VB talks/talk/NNS ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) obj(6,7) punct(4,8)")
        .sentence("The/the/DT UN/UN/NNP/ORGANIZATION welcomed/welcome/VBD the/the/DT agreement/agreement/NN ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHLGOV PERGOV 042").noneMatch(t -> t.contains(" 114"))
        .contains("UN PER 051", "UN CHL 051");
  }

  @Test
  void officialsOfTheTwoCountriesPartsAreTheTwoGovernments() {
    // "Chad's government accused Cameroon. Officials of the two countries' border provinces met on Monday."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chad/Chad/NNP/LOCATION 's/'s/POS government/government/NN accused/accuse/VBD Cameroon/Cameroon/NNP/LOCATION ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("Officials/official/NNS of/of/IN the/the/DT two/two/CD countries/country/NNS '/'/POS border/border/NN provinces/province/NNS met/meet/VBD "
            + "on/on/IN Monday/Monday/NNP ././.",
            "nsubj(9,1) case(8,2) det(5,3) nummod(5,4) nmod:poss(8,5) case(5,6) compound(8,7) nmod:of(1,8) root(0,9) case(11,10) obl:on(9,11) punct(9,12)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("TCDGOV CMRGOV 040", "CMRGOV TCDGOV 040");
  }

  @Test
  void aRoundOfTalksOfferedToBeHostedIsTheTwoSidesWhoAgreedToTalk() {
    // "Nepal and Bhutan agreed to resume talks. India offered to host the next round."
    var events = HandCoding.code(new HandBuiltText()
        .sentence("Nepal/Nepal/NNP/LOCATION and/and/CC Bhutan/Bhutan/NNP/LOCATION agreed/agree/VBD to/to/TO resume/resume/VB talks/talk/NNS ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) obj(6,7) punct(4,8)")
        .sentence("India/India/NNP/LOCATION offered/offer/VBD to/to/TO host/host/VB the/the/DT next/next/JJ round/round/NN ././.",
            "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) det(7,5) amod(7,6) obj(4,7) punct(2,8)")).events();
    assertThat(events).extracting(e -> HandCoding.triple(e)).anyMatch(t -> t.startsWith("IND NPL 0")).anyMatch(t -> t.startsWith("IND BTN 0"));
  }
}
