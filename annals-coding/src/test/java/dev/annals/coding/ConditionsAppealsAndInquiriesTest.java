package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What is no event (a threat's condition, ActsOnlyAskedFor; people placed on themselves,
 * ArticleCoder), what an act said to be due is (MustDemands), and whom sympathy and inquiries
 * with no one named go to (AntecedentTargets, JoinedDeedsOfOneKind).
 */
class ConditionsAppealsAndInquiriesTest {
  @Test
  void theActAThreatWaitsOnIsNoEvent() {
    // "Russia threatened sanctions if Georgia did not free the fishermen."
    var article = code(new HandBuiltText().sentence("Russia/Russia/NNP/LOCATION threatened/threaten/VBD sanctions/sanction/NNS if/if/IN "
            + "Georgia/Georgia/NNP/LOCATION did/do/VBD not/not/RB free/free/VB the/the/DT fishermen/fisherman/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(8,4) nsubj(8,5) aux(8,6) advmod(8,7) advcl:if(2,8) det(10,9) obj(8,10) punct(2,11)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("RUS GEO 13")).noneMatch(t -> t.contains(" 084"));
  }

  @Test
  void detaineesSaidToBeDueForReleaseAreAnAppealToTheirHolders() {
    // "Vietnamese police detained three Lao tourists. Laos said the tourists should be released."
    var article = code(new HandBuiltText()
        .sentence("Vietnamese/Vietnamese/JJ/MISC police/police/NNS detained/detain/VBD three/three/CD Lao/Lao/JJ/MISC tourists/tourist/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("Laos/Laos/NNP/LOCATION said/say/VBD the/the/DT tourists/tourist/NNS should/should/MD be/be/VB released/release/VBN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj:pass(7,4) aux(7,5) aux:pass(7,6) ccomp(2,7) punct(2,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("LAO VNMGOV 020").noneMatch(t -> t.contains(" 084"));
  }

  @Test
  void relativesOfNoCountryGreetingPeopleAreNoSideOfTheirOwn() {
    // "Eleven Nepali men landed in Kathmandu and were greeted by relatives."
    var article = code(new HandBuiltText().sentence("Eleven/eleven/CD Nepali/Nepali/JJ/MISC men/man/NNS landed/land/VBD in/in/IN "
            + "Kathmandu/Kathmandu/NNP/LOCATION and/and/CC were/be/VBD greeted/greet/VBN by/by/IN relatives/relative/NNS ././.",
        "nummod(3,1) amod(3,2) nsubj(4,3) root(0,4) case(6,5) obl:in(4,6) cc(9,7) aux:pass(9,8) conj:and(4,9) nsubj:pass(9,3) case(11,10) "
            + "obl:agent(9,11) punct(4,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 040"));
  }

  @Test
  void sympathyWithNoViolenceToldGoesToTheStateThatPutTheDeathsToTheSpeaker() {
    // "Zambia asked Kenya to compensate the families. Kenya's embassy expressed condolences."
    var article = code(new HandBuiltText()
        .sentence("Zambia/Zambia/NNP/LOCATION asked/ask/VBD Kenya/Kenya/NNP/LOCATION to/to/TO compensate/compensate/VB the/the/DT families/family/NNS ././.",
            "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) det(7,6) obj(5,7) punct(2,8)")
        .sentence("Kenya/Kenya/NNP/LOCATION 's/'s/POS embassy/embassy/NN expressed/express/VBD condolences/condolence/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("KENGOV ZMBGOV 018");
  }

  @Test
  void aComplaintOfWhatAnotherCountrysStateBodyDoesIsAimedAtIt() {
    // "Kenyan exporters complained that Ugandan customs held their lorries."
    var article = code(new HandBuiltText().sentence("Kenyan/Kenyan/JJ/MISC exporters/exporter/NNS complained/complain/VBD that/that/IN "
            + "Ugandan/Ugandan/JJ/MISC customs/customs/NNS held/hold/VBD their/they/PRP$ lorries/lorry/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) mark(7,4) amod(6,5) nsubj(7,6) ccomp(3,7) nmod:poss(9,8) obj(7,9) punct(3,10)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("KENBUS UGA") && t.endsWith(" 114"));
  }

  @Test
  void archaeologistsAreScholars() {
    // "Peruvian archaeologists criticised Chile."
    var article = code(new HandBuiltText().sentence("Peruvian/Peruvian/JJ/MISC archaeologists/archaeologist/NNS criticised/criticise/VBD Chile/Chile/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PEREDU CHL 111");
  }

  @Test
  void productionHaltedAtAFirmsFactoryAndAnInquiryOpenedAreAimedAtTheFirm() {
    // "Kenya halted production at a Ugandan firm's factory and opened an investigation."
    var article = code(new HandBuiltText().sentence("Kenya/Kenya/NNP/LOCATION halted/halt/VBD production/production/NN at/at/IN a/a/DT "
            + "Ugandan/Ugandan/JJ/MISC firm/firm/NN ~'s/'s/POS factory/factory/NN and/and/CC opened/open/VBD an/a/DT investigation/investigation/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(9,4) det(7,5) amod(7,6) nmod:poss(9,7) case(7,8) obl:at(2,9) cc(11,10) conj:and(2,11) nsubj(11,1) det(13,12) "
            + "obj(11,13) punct(2,14)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("KEN UGABUS 172", "KEN UGABUS 090");
  }
}
