package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.HandCoding;
import dev.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/**
 * Actors that election and monitoring news names indirectly: an organisation by its full long name
 * or by those it sent, "the commission" named before in full, an opposition's demand of its own
 * government, and a rejected criticism aimed back at its critic.
 */
class ObserversAndOppositionTest {
  @Test
  void aLongNameTheParserSplitsAtItsPrepositionsIsStillOneName() {
    // "The Organization for Security and Co-operation in Europe criticised Peru."
    CodedArticle article = code(
        "The/the/DT Organization/Organization/NNP/ORGANIZATION for/for/IN/ORGANIZATION Security/Security/NNP/ORGANIZATION and/and/CC Co-operation/Co-operation/NNP in/in/IN Europe/Europe/NNP/LOCATION criticised/criticise/VBD Peru/Peru/NNP/LOCATION ././.",
        "det(2,1) nsubj(9,2) case(4,3) nmod:for(2,4) cc(6,5) conj:and(4,6) nmod:for(2,6) case(8,7) nmod:in(2,8) root(0,9) obj(9,10) punct(9,11)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("OSCE PER 111");
  }

  @Test
  void theOppositionAStatesGovernmentAccusesIsItsOwn() {
    // "Peru criticised Bolivia and Ecuador. Chile's government accused opposition groups of
    // lying.": no country has half the mentions, so no home country places the opposition.
    CodedArticle article = HandCoding.code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION criticised/criticise/VBD Bolivia/Bolivia/NNP/LOCATION and/and/CC Ecuador/Ecuador/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(3,5) obj(2,5) punct(2,6)")
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS government/government/NN accused/accuse/VBD opposition/opposition/NN groups/group/NNS of/of/IN lying/lie/VBG ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) compound(6,5) obj(4,6) mark(8,7) advcl:of(4,8) punct(4,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLGOV CHLOPP 112");
  }

  @Test
  void anOppositionAllianceIsTheOpposition() {
    // "Peru's government accused Chile. The main opposition alliance criticised the government.":
    // the parties that oppose together are the opposition, of the story's country.
    CodedArticle article = HandCoding.code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS government/government/NN accused/accuse/VBD Chile/Chile/NNP/LOCATION ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("The/the/DT main/main/JJ opposition/opposition/NN alliance/alliance/NN criticised/criticise/VBD the/the/DT government/government/NN ././.",
            "det(4,1) amod(4,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PEROPP PERGOV 11"));
  }

  @Test
  void anExileGroupIsTheOppositionOfItsCountry() {
    // "A Cuban exile group urged the Bahamas to stop deportations."
    CodedArticle article = code(
        "A/a/DT Cuban/Cuban/JJ/MISC exile/exile/NN group/group/NN urged/urge/VBD the/the/DT Bahamas/Bahamas/NNP/LOCATION to/to/TO stop/stop/VB "
            + "deportations/deportation/NNS ././.",
        "det(4,1) amod(4,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) mark(9,8) xcomp(5,9) obj(9,10) punct(5,11)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CUBOPP BHS"));
  }

  @Test
  void observersFromAnOrganisationActForIt() {
    // "Observers from the OSCE criticised Peru."
    CodedArticle article = code(
        "Observers/observer/NNS from/from/IN the/the/DT OSCE/OSCE/NNP/ORGANIZATION criticised/criticise/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(5,1) case(4,2) det(4,3) nmod:from(1,4) root(0,5) obj(5,6) punct(5,7)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("OSCE PER 111");
  }

  @Test
  void anOppositionDemandThatNamesNoOneIsMadeOfItsGovernment() {
    // "Peruvian opposition leaders demanded a recount."
    CodedArticle article = code(
        "Peruvian/Peruvian/JJ/MISC opposition/opposition/NN leaders/leader/NNS demanded/demand/VBD a/a/DT recount/recount/NN ././.",
        "amod(3,1) compound(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("PEROPP PERGOV 100");
  }

  @Test
  void theCommissionIsTheCommissionNamedBeforeAndItsRejectionIsAimedAtTheCritic() {
    // "Observers from the OSCE criticised the authorities. Peru's Central Election Commission
    // rejected the criticism. Protesters rallied outside the commission."
    HandBuiltText text = new HandBuiltText()
        .sentence("Observers/observer/NNS from/from/IN the/the/DT OSCE/OSCE/NNP/ORGANIZATION criticised/criticise/VBD the/the/DT authorities/authority/NNS ././.",
            "nsubj(5,1) case(4,2) det(4,3) nmod:from(1,4) root(0,5) det(7,6) obj(5,7) punct(5,8)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS Central/Central/NNP Election/Election/NNP Commission/Commission/NNP rejected/reject/VBD the/the/DT criticism/criticism/NN ././.",
            "nmod:poss(5,1) case(1,2) compound(5,3) compound(5,4) nsubj(6,5) root(0,6) det(8,7) obj(6,8) punct(6,9)")
        .sentence("Peruvian/Peruvian/JJ/MISC protesters/protester/NNS rallied/rally/VBD outside/outside/IN the/the/DT commission/commission/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) case(6,4) det(6,5) obl:outside(3,6) punct(3,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PERGOV OSCE 120", "PERCVL PERGOV 141");
  }

  @Test
  void theBorderAgencyIsTheStatesBorderAgencyNamedBefore() {
    // "Chile's border agency criticised Peru. The border agency denied targeting Peruvian travellers."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS border/border/NN agency/agency/NN criticised/criticise/VBD Peru/Peru/NNP/LOCATION ././.",
            "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)")
        .sentence("The/the/DT border/border/NN agency/agency/NN denied/deny/VBD targeting/target/VBG Peruvian/Peruvian/JJ/MISC travellers/traveller/NNS ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) xcomp(4,5) amod(7,6) obj(5,7) punct(4,8)");
    assertThat(code(text).events()).filteredOn(e -> e.type().code().equals("016")).extracting(e -> e.source().code()).containsExactly("CHLGOV");
  }

  @Test
  void aBlocNamedAfterItsRegionsAdjectiveIsTheBloc() {
    // "The West African bloc ECOWAS condemned Peru."
    CodedArticle article = code(
        "The/the/DT West/West/NNP African/African/NNP bloc/bloc/NN ECOWAS/ECOWAS/NNP/ORGANIZATION condemned/condemn/VBD Peru/Peru/NNP/LOCATION ././.",
        "det(5,1) amod(3,2) amod(5,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("ECOWAS PER 111");
  }

  @Test
  void aBlocWithItsNameBesideItIsThatBlocNotTheOrganisationNamedBefore() {
    // "The OSCE praised Peru. The regional bloc ECOWAS condemned Peru."
    HandBuiltText text = new HandBuiltText()
        .sentence("The/the/DT OSCE/OSCE/NNP/ORGANIZATION praised/praise/VBD Peru/Peru/NNP/LOCATION ././.", "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)")
        .sentence("The/the/DT regional/regional/JJ bloc/bloc/NN ECOWAS/ECOWAS/NNP/ORGANIZATION condemned/condemn/VBD Peru/Peru/NNP/LOCATION ././.",
            "det(3,1) amod(3,2) nsubj(5,3) appos(3,4) root(0,5) obj(5,6) punct(5,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("ECOWAS PER 111").noneMatch(t -> t.startsWith("OSCE PER 111"));
  }

  @Test
  void thoseWhoseReleaseIsDemandedAreNotWhomItIsDemandedOf() {
    // "Chile demanded the release of Peruvian students."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION demanded/demand/VBD the/the/DT release/release/NN of/of/IN Peruvian/Peruvian/JJ/MISC students/student/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) amod(7,6) nmod:of(4,7) punct(2,8)");
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHL PER"));
  }

  @Test
  void anEventAfterWhichSomethingIsDoneIsAnothersUnlessItNamesTheOtherParty() {
    // "ECOWAS suspended Peru after the coup." / "Chile dropped its objections after talks with Peru."
    CodedArticle suspended = code(
        "ECOWAS/ECOWAS/NNP/ORGANIZATION suspended/suspend/VBD Peru/Peru/NNP/LOCATION after/after/IN the/the/DT coup/coup/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:after(2,6) punct(2,7)");
    assertThat(suspended.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("ECOWAS") && t.endsWith(" 180"));
    CodedArticle talks = code(
        "Chile/Chile/NNP/LOCATION dropped/drop/VBD its/its/PRP$ objections/objection/NNS after/after/IN talks/talk/NNS with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) obl:after(2,6) case(8,7) nmod:with(6,8) punct(2,9)");
    assertThat(talks.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 04"));
  }
}
