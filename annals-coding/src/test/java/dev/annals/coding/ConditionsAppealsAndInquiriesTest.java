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
  void whatAnActStillToComeWaitsForIsNoEventAndTheDemandIsItsMakers() {
    // "The ELN said it would free them only when Peruvian troops withdrew from the area, a demand
    // Colombia rejected."
    var article = code(new HandBuiltText().sentence("The/the/DT ELN/ELN/NNP/ORGANIZATION said/say/VBD it/it/PRP would/would/MD free/free/VB them/they/PRP "
            + "only/only/RB when/when/WRB Peruvian/Peruvian/JJ/MISC troops/troop/NNS withdrew/withdraw/VBD from/from/IN the/the/DT area/area/NN ,/,/, "
            + "a/a/DT demand/demand/NN Colombia/Colombia/NNP/LOCATION rejected/reject/VBD ././.",
        "det(2,1) nsubj(3,2) root(0,3) nsubj(6,4) aux(6,5) ccomp(3,6) obj(6,7) advmod(12,8) advmod(12,9) amod(11,10) nsubj(12,11) advcl(6,12) case(15,13) "
            + "det(15,14) obl:from(12,15) punct(12,16) det(18,17) obl:npmod(12,18) nsubj(20,19) acl:relcl(18,20) punct(3,21)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("COL ELN 12")).noneMatch(t -> t.startsWith("PERMIL"));
  }

  @Test
  void whatAnActAskedForWaitsForIsNoEvent() {
    // "Jamaica asked Britain to suspend flights until the two governments had reviewed each case."
    var article = code(new HandBuiltText().sentence("Jamaica/Jamaica/NNP/LOCATION asked/ask/VBD Britain/Britain/NNP/LOCATION to/to/TO suspend/suspend/VB "
            + "flights/flight/NNS until/until/IN the/the/DT two/two/CD governments/government/NNS had/have/VBD reviewed/review/VBN each/each/DT case/case/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) obj(5,6) mark(12,7) det(10,8) nummod(10,9) nsubj(12,10) aux(12,11) "
            + "advcl:until(5,12) det(14,13) obj(12,14) punct(2,15)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("JAM GBR 02")).noneMatch(t -> t.contains(" 09"));
  }

  @Test
  void removalsJudgedAreTheDeportersDeed() {
    // "Britain deported 41 Jamaicans on Wednesday. Jamaica criticised the removals."
    var article = code(new HandBuiltText()
        .sentence("Britain/Britain/NNP/LOCATION deported/deport/VBD 41/41/CD Jamaicans/Jamaican/NNPS/MISC on/on/IN Wednesday/Wednesday/NNP ././.",
            "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(6,5) obl:on(2,6) punct(2,7)")
        .sentence("Jamaica/Jamaica/NNP/LOCATION criticised/criticise/VBD the/the/DT removals/removal/NNS ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("JAM GBR") && t.endsWith(" 111"));
  }

  @Test
  void aRegionalGovernorOfNoCountryIsOfWhereTheStoryHappens() {
    // "Gunmen kidnapped two Spanish engineers in Arauca on Tuesday, the regional governor said.
    // Spain's foreign ministry condemned the abduction and asked Colombia's government to secure
    // the release of the Spanish engineers." (Spain is named most.)
    var article = code(new HandBuiltText()
        .sentence("Gunmen/gunman/NNS kidnapped/kidnap/VBD two/two/CD Spanish/Spanish/JJ/MISC engineers/engineer/NNS in/in/IN Arauca/Arauca/NNP/LOCATION "
                + "on/on/IN Tuesday/Tuesday/NNP ,/,/, the/the/DT regional/regional/JJ governor/governor/NN said/say/VBD ././.",
            "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) case(7,6) obl:in(2,7) case(9,8) obl:on(2,9) punct(2,10) det(13,11) amod(13,12) nsubj(14,13) "
                + "parataxis(2,14) punct(2,15)")
        .sentence("Spain/Spain/NNP/LOCATION ~'s/'s/POS foreign/foreign/JJ ministry/ministry/NN condemned/condemn/VBD the/the/DT abduction/abduction/NN "
                + "and/and/CC asked/ask/VBD Colombia/Colombia/NNP/LOCATION ~'s/'s/POS government/government/NN to/to/TO secure/secure/VB the/the/DT "
                + "release/release/NN of/of/IN the/the/DT Spanish/Spanish/JJ/MISC engineers/engineer/NNS ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) cc(9,8) conj:and(5,9) nsubj(9,4) nmod:poss(12,10) case(10,11) "
                + "obj(9,12) nsubj:xsubj(14,12) mark(14,13) xcomp(9,14) det(16,15) obj(14,16) case(20,17) det(20,18) amod(20,19) nmod:of(16,20) punct(5,21)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("COLGOV - 010").doesNotContain("ESPGOV - 010");
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
