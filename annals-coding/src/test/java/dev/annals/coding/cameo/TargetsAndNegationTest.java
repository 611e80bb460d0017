package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/**
 * Whom an event is aimed at, read from the words around it (an earlier act, what a vehicle carries,
 * a counterpart, a recipient inside the object, the act refused or demanded), and a denied act negated.
 */
class TargetsAndNegationTest {
  @Test
  void anActItsTellerDeniesIsNegated() {
    // "Chile denied that its soldiers attacked Peru."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION denied/deny/VBD that/that/IN its/its/PRP$ soldiers/soldier/NNS attacked/attack/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(6,3) nmod:poss(5,4) nsubj(6,5) ccomp(2,6) obj(6,7) punct(2,8)");
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("19")).isNotEmpty().allMatch(e -> e.negated());
  }

  @Test
  void welcomingTheTruceIsAimedAtWhoDeclaredIt() {
    // "Peruvian rebels declared a ceasefire with the Peruvian army. The Peruvian government
    // welcomed the truce.": the rebels are another side than the government, though of its country.
    HandBuiltText text = new HandBuiltText()
        .sentence("Peruvian/Peruvian/JJ/MISC rebels/rebel/NNS declared/declare/VBD a/a/DT ceasefire/ceasefire/NN with/with/IN the/the/DT Peruvian/Peruvian/JJ/MISC army/army/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(9,6) det(9,7) amod(9,8) nmod:with(5,9) punct(3,10)")
        .sentence("The/the/DT Peruvian/Peruvian/JJ/MISC government/government/NN welcomed/welcome/VBD the/the/DT truce/truce/NN ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PERGOV PERREB 051");
  }

  @Test
  void welcomingTheHandoverIsAimedAtWhoHandedOverNotAtWhoActedLast() {
    // "Peruvian soldiers arrested Chilean smugglers and handed them over to Chile. Bolivian troops
    // attacked Argentine rebels. The UN welcomed the handover."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peruvian/Peruvian/JJ/MISC soldiers/soldier/NNS arrested/arrest/VBD Chilean/Chilean/JJ/MISC smugglers/smuggler/NNS and/and/CC handed/hand/VBD "
                + "them/they/PRP over/over/RP to/to/IN Chile/Chile/NNP/LOCATION ././.",
            "amod(2,1) nsubj(3,2) nsubj(7,2) root(0,3) amod(5,4) obj(3,5) cc(7,6) conj:and(3,7) obj(7,8) compound:prt(7,9) case(11,10) obl:to(7,11) punct(3,12)")
        .sentence("Bolivian/Bolivian/JJ/MISC troops/troop/NNS attacked/attack/VBD Argentine/Argentine/JJ/MISC rebels/rebel/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) punct(3,6)")
        .sentence("The/the/DT UN/UN/NNP/ORGANIZATION welcomed/welcome/VBD the/the/DT handover/handover/NN ././.",
            "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("UN PERMIL 051").noneMatch(t -> t.startsWith("UN BOL"));
  }

  @Test
  void aTrainCarryingPassengersStandsForThem() {
    // "Chilean rebels attacked a train carrying Peruvian passengers."
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC rebels/rebel/NNS attacked/attack/VBD a/a/DT train/train/NN carrying/carry/VBG Peruvian/Peruvian/JJ/MISC passengers/passenger/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) acl(5,6) amod(8,7) obj(6,8) punct(3,9)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLREB PER") && t.endsWith(" 190"));
  }

  @Test
  void dormitoriesHousingWorkersStandForThem() {
    // "Kazakh workers attacked dormitories housing Turkish staff."
    CodedArticle article = code(
        "Kazakh/Kazakh/JJ/MISC workers/worker/NNS attacked/attack/VBD dormitories/dormitory/NNS housing/house/VBG Turkish/Turkish/JJ/MISC staff/staff/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) acl(4,5) amod(7,6) obj(5,7) punct(3,8)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("KAZLAB TUR") && t.endsWith(" 190"));
  }

  @Test
  void goldSeizedFromABagAddressedToAnEmbassyIsSeizedFromItsState() {
    // "Gabon's customs seized gold from a bag addressed to Kenya's embassy."
    CodedArticle article = code(
        "Gabon/Gabon/NNP/LOCATION 's/'s/POS customs/customs/NNS seized/seize/VBD gold/gold/NN from/from/IN a/a/DT bag/bag/NN addressed/address/VBN "
            + "to/to/IN Kenya/Kenya/NNP/LOCATION 's/'s/POS embassy/embassy/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) case(8,6) det(8,7) obl:from(4,8) acl(8,9) case(13,10) nmod:poss(13,11) case(11,12) "
            + "obl:to(9,13) punct(4,14)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("GAB") && t.contains(" KEN") && t.contains(" 171"));
  }

  @Test
  void refusingToLetPeopleFromAnActorDoSomethingIsAimedAtThatActor() {
    // "Chile refused to let inspectors from Peru return."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION refused/refuse/VBD to/to/TO let/let/VB inspectors/inspector/NNS from/from/IN Peru/Peru/NNP/LOCATION return/return/VB ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) nsubj(8,5) case(7,6) nmod:from(5,7) ccomp(4,8) punct(2,9)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 12"));
  }

  @Test
  void aStrikeThatKilledSomeoneInThePassiveIsOneAttackOnThem() {
    // "A Peruvian commander was killed by a Chilean drone strike."
    CodedArticle article = code(
        "A/a/DT Peruvian/Peruvian/JJ/MISC commander/commander/NN was/be/VBD killed/kill/VBN by/by/IN a/a/DT Chilean/Chilean/JJ/MISC drone/drone/NN strike/strike/NN ././.",
        "det(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(10,6) det(10,7) amod(10,8) compound(10,9) obl:agent(5,10) punct(5,11)");
    assertThat(article.events()).hasSize(1);
    assertThat(triple(article.events().get(0))).isEqualTo("CHLMIL PERMIL 1952");
    assertThat(article.events().get(0).type().rootCode()).isEqualTo("19");
  }

  @Test
  void theJournalistIsTheJournalistNamedBefore() {
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION arrested/arrest/VBD a/a/DT Chilean/Chilean/JJ/MISC journalist/journalist/NN ././.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Peru/Peru/NNP/LOCATION accused/accuse/VBD the/the/DT journalist/journalist/NN of/of/IN spying/spy/VBG ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) advcl:of(2,6) punct(2,7)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHLMED 112"));
  }

  @Test
  void aDemandThatIsThePurposeOfAnActIsMadeOfWhomTheActWasDoneTo() {
    // "Chile summoned Peru's ambassador to demand the release."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN to/to/TO demand/demand/VB the/the/DT release/release/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) mark(7,6) xcomp(2,7) nsubj:xsubj(7,1) det(9,8) obj(7,9) punct(2,10)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER") && t.endsWith(" 1053"));
  }

  @Test
  void hisCounterpartOfACountryIsThatCountrysGovernment() {
    // "Chile's foreign minister met his Peruvian counterpart."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN met/meet/VBD his/his/PRP$ Peruvian/Peruvian/JJ/MISC counterpart/counterpart/NN ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) nmod:poss(8,6) amod(8,7) obj(5,8) punct(5,9)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLGOV PERGOV 040");
  }

  @Test
  void aDemandJoinedToASummonsIsMadeToWhomTheEnvoyServes() {
    // "Chile summoned Peru's ambassador and demanded an explanation."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN and/and/CC demanded/demand/VBD an/a/DT explanation/explanation/NN ././.",
        "nsubj(2,1) nsubj(7,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) cc(7,6) conj:and(2,7) det(9,8) obj(7,9) punct(2,10)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL PERGOV 114").anyMatch(t -> t.startsWith("CHL PER") && t.endsWith(" 100"));
  }

  @Test
  void aRequestJoinedToCallingInAnEnvoyIsMadeToWhomTheEnvoyServes() {
    // "Chile called in Peru's ambassador and asked for the checks to be eased." ("in" read as a preposition)
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION called/call/VBD in/in/IN Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN and/and/CC asked/ask/VBD for/for/IN "
            + "the/the/DT checks/check/NNS to/to/TO be/be/VB eased/ease/VBN ././.",
        "nsubj(2,1) nsubj(8,1) root(0,2) case(6,3) nmod:poss(6,4) case(4,5) obl:in(2,6) cc(8,7) conj:and(2,8) mark(14,9) det(11,10) nsubj:pass(14,11) "
            + "mark(14,12) aux:pass(14,13) advcl:to(8,14) punct(2,15)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL PERGOV 114").anyMatch(t -> t.startsWith("CHL PER") && t.endsWith(" 020"));
  }

  @Test
  void anAppealJoinedToThanksIsMadeToWhomWasThanked() {
    // "Chile thanked Peru for the operation and asked that the men be sent home."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION thanked/thank/VBD Peru/Peru/NNP/LOCATION for/for/IN the/the/DT operation/operation/NN and/and/CC asked/ask/VBD that/that/IN "
            + "the/the/DT men/man/NNS be/be/VB sent/send/VBN home/home/RB ././.",
        "nsubj(2,1) nsubj(8,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:for(2,6) cc(8,7) conj:and(2,8) mark(13,9) det(11,10) nsubj:pass(13,11) aux:pass(13,12) "
            + "ccomp(8,13) advmod(13,14) punct(2,15)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL PER 051").anyMatch(t -> t.startsWith("CHL PER 02"));
  }

  @Test
  void anOfferJoinedToAnAppealIsMadeToEachSideAppealedTo() {
    // "Chile urged Peru and Bolivia to show restraint and offered to mediate."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION urged/urge/VBD Peru/Peru/NNP/LOCATION and/and/CC Bolivia/Bolivia/NNP/LOCATION to/to/TO show/show/VB restraint/restraint/NN "
            + "and/and/CC offered/offer/VBD to/to/TO mediate/mediate/VB ././.",
        "nsubj(2,1) nsubj(10,1) root(0,2) obj(2,3) cc(5,4) conj:and(3,5) obj(2,5) nsubj:xsubj(7,3) nsubj:xsubj(7,5) mark(7,6) xcomp(2,7) obj(7,8) cc(10,9) "
            + "conj:and(2,10) mark(12,11) xcomp(10,12) punct(2,13)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 03")).anyMatch(t -> t.startsWith("CHL BOL 03"));
  }

  @Test
  void aPledgeIsAimedAtTheRecipientToldInsideItsObject() {
    // "Chile pledged 5 million dollars in aid to Peru."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION pledged/pledge/VBD 5/5/CD million/million/CD dollars/dollar/NNS in/in/IN aid/aid/NN to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound(4,3) nummod(5,4) obj(2,5) case(7,6) nmod:in(5,7) case(9,8) nmod:to(7,9) punct(2,10)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 03"));
  }

  @Test
  void rejectingTheAccusationIsAimedAtTheAccuser() {
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION accused/accuse/VBD Chile/Chile/NNP/LOCATION of/of/IN spying/spy/VBG ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) punct(2,6)")
        .sentence("Chile/Chile/NNP/LOCATION rejected/reject/VBD the/the/DT accusation/accusation/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 12") || t.startsWith("CHL PER 016"));
  }

  @Test
  void recallingTheAmbassadorInACapitalReducesRelationsWithItsState() {
    // "Colombia recalled its ambassador in Lima."
    CodedArticle article = code("Colombia/Colombia/NNP/LOCATION recalled/recall/VBD its/its/PRP$ ambassador/ambassador/NN in/in/IN Lima/Lima/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) nmod:in(4,6) punct(2,7)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("COL PER\\w* 161"));
  }

  @Test
  void callingADeedSomethingIsNoTelephoneCall() {
    // "Peru freed two Chilean soldiers. Chile called the release a gesture of good faith."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION freed/free/VBD two/two/CD Chilean/Chilean/JJ soldiers/soldier/NNS ././.", "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Chile/Chile/NNP/LOCATION called/call/VBD the/the/DT release/release/NN a/a/DT gesture/gesture/NN of/of/IN good/good/JJ faith/faith/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(6,5) dep(4,6) case(9,7) amod(9,8) nmod:of(6,9) punct(2,10)");
    assertThat(code(text).events()).extracting(e -> triple(e)).noneMatch(t -> t.endsWith(" 041"));
  }

  @Test
  void aGroupPlacedOnTheSourceItselfIsNoTarget() {
    // "Togo's president received envoys in Lome.": envoys of no country, placed in Togo, are no one Togo receives.
    CodedArticle article = code("Togo/Togo/NNP/LOCATION 's/'s/POS president/president/NN received/receive/VBD envoys/envoy/NNS in/in/IN Lome/Lome/NNP/LOCATION ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) case(7,6) obl:in(4,7) punct(4,8)");
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("TGOGOV TGOGOV"));
  }

  @Test
  void aChargeDeniedInTheSameSentenceIsTheAccusers() {
    // "Peru accused Chile of spying, a charge Santiago denied."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION accused/accuse/VBD Chile/Chile/NNP/LOCATION of/of/IN spying/spy/VBG ,/,/, a/a/DT charge/charge/NN "
            + "Santiago/Santiago/NNP/LOCATION denied/deny/VBD ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) punct(2,6) det(8,7) dep(2,8) acl:relcl(8,10) obj(10,8) nsubj(10,9) punct(2,11)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("CHL\\w* PER 016"));
  }

  @Test
  void anOfferToMediateBetweenTwoIsMadeToBoth() {
    // "Chile offered to mediate between Peru and Bolivia."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION offered/offer/VBD to/to/TO mediate/mediate/VB between/between/IN Peru/Peru/NNP/LOCATION and/and/CC Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) case(6,5) obl:between(4,6) cc(8,7) conj:and(6,8) obl:between(4,8) punct(2,9)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL PER 039", "CHL BOL 039");
  }

  @Test
  void violatingAnotherCountrysAirspaceIsAimedAtIt() {
    // "The Chilean military violated Peruvian airspace."
    CodedArticle article = code(
        "The/the/DT Chilean/Chilean/JJ/MISC military/military/NN violated/violate/VBD Peruvian/Peruvian/JJ/MISC airspace/airspace/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLMIL PER"));
  }

  @Test
  void peopleWhoReturnSomewhereReleaseNothing() {
    // "Inspectors from the IAEA will return to the site."
    CodedArticle article = code(
        "Inspectors/inspector/NNS from/from/IN the/the/DT IAEA/IAEA/NNP/ORGANIZATION will/will/MD return/return/VB to/to/TO the/the/DT site/site/NN ././.",
        "nsubj(6,1) case(4,2) det(4,3) nmod:from(1,4) aux(6,5) root(0,6) case(9,7) det(9,8) obl:to(6,9) punct(6,10)");
    assertThat(article.events()).isEmpty();
  }

  @Test
  void twoSidesThatAccuseEachOtherAccuseTheOther() {
    // "Chile and Peru accused each other."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION accused/accuse/VBD each/each/DT other/other/JJ ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL PER 112", "PER CHL 112");
  }

  @Test
  void aReleaseIsDemandedOfWhoeverHoldsThem() {
    // "Peruvian police detained two Chilean students. Chile demanded their release."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peruvian/Peruvian/JJ/MISC police/police/NN detained/detain/VBD two/two/CD Chilean/Chilean/JJ/MISC students/student/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("Chile/Chile/NNP/LOCATION demanded/demand/VBD their/their/PRP$ release/release/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL PERGOV 1053");
  }

  @Test
  void anAppealToExerciseRestraintAsksForRestraintNotForExercises() {
    // "Chile urged Peru to exercise restraint."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION urged/urge/VBD Peru/Peru/NNP/LOCATION to/to/TO exercise/exercise/VB restraint/restraint/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) obj(5,6) punct(2,7)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL PER 0256").noneMatch(t -> t.endsWith(" 0212"));
  }

  @Test
  void aJudgmentIsTheCourtsWhoeverItWentAgainst() {
    // "The International Court of Justice ruled against Peru. Chile hailed the judgment."
    HandBuiltText text = new HandBuiltText()
        .sentence("The/the/DT International/International/NNP/ORGANIZATION Court/Court/NNP/ORGANIZATION of/of/IN/ORGANIZATION Justice/Justice/NNP/ORGANIZATION rejected/reject/VBD Peru/Peru/NNP/LOCATION 's/'s/POS claims/claim/NNS ././.",
            "det(3,1) compound(3,2) nsubj(6,3) case(5,4) nmod:of(3,5) root(0,6) nmod:poss(9,7) case(7,8) obj(6,9) punct(6,10)")
        .sentence("Chile/Chile/NNP/LOCATION hailed/hail/VBD the/the/DT judgment/judgment/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHL ICJ 051");
  }

  @Test
  void whatIsToldForADayStillToComeIsIntended() {
    // "Chile's foreign minister travels to Lima on Thursday." told on Wednesday 10 May 2023.
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN travels/travel/VBZ to/to/TO Lima/Lima/NNP/LOCATION on/on/IN Thursday/Thursday/NNP ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) case(7,6) obl:to(5,7) case(9,8) obl:on(5,9) punct(5,10)");
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("042")).isNotEmpty()
        .allMatch(e -> e.modality() == dev.annals.model.Modality.INTENDED);
  }

  @Test
  void aCoalitionLedByACountryStandsForIt() {
    // "Peru thanked the Chilean-led coalition."
    CodedArticle article = code(
        "Peru/Peru/NNP/LOCATION thanked/thank/VBD the/the/DT Chile/Chile/NNP/LOCATION -/-/HYPH led/lead/VBN coalition/coalition/NN ././.",
        "nsubj(2,1) root(0,2) det(7,3) obl(6,4) punct(6,5) amod(7,6) obj(2,7) punct(2,8)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("PER CHL 051");
  }

  @Test
  void aConvoyOfAnOrganisationsTrucksStandsForTheOrganisation() {
    // "Chilean rebels attacked a convoy of World Food Programme trucks."
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC rebels/rebel/NNS attacked/attack/VBD a/a/DT convoy/convoy/NN of/of/IN World/World/NNP/ORGANIZATION Food/Food/NNP/ORGANIZATION Programme/Programme/NNP/ORGANIZATION trucks/truck/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(10,6) compound(9,7) compound(9,8) compound(10,9) nmod:of(5,10) punct(3,11)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLREB WFP 190");
  }

  @Test
  void aThreatToldByAVerbOfWarningIsTheWarningItself() {
    // "Chile warned that it would attack Peru."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION warned/warn/VBD that/that/IN it/it/PRP would/would/MD attack/attack/VB Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) obj(6,7) punct(2,8)");
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("13")).isNotEmpty()
        .allMatch(e -> e.modality() == dev.annals.model.Modality.ASSERTED);
  }

  @Test
  void thePronounObjectOfAJoinedVerbIsTheFirstVerbsObject() {
    // "Peruvian rebels attacked a village. Chile thanked the Peruvian authorities and urged them to hold talks."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peruvian/Peruvian/JJ/MISC rebels/rebel/NNS attacked/attack/VBD a/a/DT village/village/NN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)")
        .sentence("Chile/Chile/NNP/LOCATION thanked/thank/VBD the/the/DT Peruvian/Peruvian/JJ/MISC authorities/authority/NNS and/and/CC urged/urge/VBD them/them/PRP to/to/TO hold/hold/VB talks/talk/NNS ././.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) cc(7,6) conj:and(2,7) obj(7,8) mark(10,9) xcomp(7,10) obj(10,11) punct(2,12)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PERGOV 02"));
  }

  @Test
  void anIndirectObjectPronounIsNotItsOwnClausesSubject() {
    // "Tokayev met Putin. Tokayev told him the plan was safe.": "him" is Putin, the one told.
    HandBuiltText text = new HandBuiltText()
        .sentence("Tokayev/Tokayev/NNP/PERSON met/meet/VBD Putin/Putin/NNP/PERSON ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Tokayev/Tokayev/NNP/PERSON told/tell/VBD him/he/PRP the/the/DT plan/plan/NN was/be/VBD safe/safe/JJ ././.",
            "nsubj(2,1) csubj(7,2) iobj(2,3) det(5,4) obj(2,5) cop(7,6) root(0,7) punct(7,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("KAZGOV RUSGOV 010");
  }

  @Test
  void aPronounObjectOfAJoinedVerbIsWhatTheFirstVerbWasAimedAt() {
    // "Eritrean troops fired on a Sudanese trawler and seized it."
    CodedArticle article = code(
        "Eritrean/Eritrean/JJ/MISC troops/troops/NNS fired/fire/VBD on/on/IN a/a/DT Sudanese/Sudanese/JJ/MISC trawler/trawler/NN and/and/CC seized/seize/VBD it/it/PRP ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(7,4) det(7,5) amod(7,6) obl:on(3,7) cc(9,8) conj:and(3,9) obj(9,10) punct(3,11)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.equals("ERIMIL SDNBUS 171"));
  }

  @Test
  void aTheyThatActsIsThePairNamedBeforeNotTheNearestPluralNoun() {
    // "Israel and Turkey angered Arab states. They signed two pacts."
    HandBuiltText text = new HandBuiltText()
        .sentence("Israel/Israel/NNP/LOCATION and/and/CC Turkey/Turkey/NNP/LOCATION angered/anger/VBD Arab/Arab/JJ/MISC states/state/NNS ././.",
            "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7)")
        .sentence("They/they/PRP signed/sign/VBD two/two/CD pacts/pact/NNS ././.", "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) punct(2,5)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("ISR TUR 057", "TUR ISR 057");
  }

  @Test
  void twoSidesThatExchangePrisonersReleaseThemToEachOther() {
    // "Chile and Peru exchanged 40 prisoners."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION exchanged/exchange/VBD 40/40/CD prisoners/prisoner/NNS ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) nummod(6,5) obj(4,6) punct(4,7)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHL PER 0841", "PER CHL 0841");
  }

  @Test
  void theObjectsOwnerFillsAnOfSlot() {
    // "An Iranian court upheld the French journalist's conviction" is "the conviction of the French journalist".
    CodedArticle article = code(
        "An/a/DT Iranian/Iranian/JJ/MISC court/court/NN upheld/uphold/VBD the/the/DT French/French/JJ/MISC journalist/journalist/NN 's/'s/POS conviction/conviction/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) nmod:poss(9,7) case(7,8) obj(4,9) punct(4,10)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("IRNJUD FRAMED 116");
  }

  @Test
  void aForeignNationalIsACivilianOfThatCountry() {
    // "An Iranian court sentenced a German national to death."
    CodedArticle article = code(
        "An/a/DT Iranian/Iranian/JJ/MISC court/court/NN sentenced/sentence/VBD a/a/DT German/German/JJ/MISC national/national/NN to/to/TO death/death/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) case(9,8) obl:to(4,9) punct(4,10)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("IRNJUD DEUCVL 116");
  }

  @Test
  void aSubjectOfNoOneNegatesTheClause() {
    // "No Kenyan official criticised Somalia."
    assertThat(code("No/no/DT Kenyan/Kenyan/JJ/MISC official/official/NN criticised/criticise/VBD Somalia/Somalia/NNP/LOCATION ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)").events())
        .isNotEmpty().allMatch(e -> e.negated());
  }

  @Test
  void handingAnEnvoyAProtestNoteIsAnOfficialComplaintToTheEnvoysState() {
    // "Algeria handed the Emirati envoy a protest note."
    assertThat(code("Algeria/Algeria/NNP/LOCATION handed/hand/VBD the/the/DT Emirati/Emirati/JJ/MISC envoy/envoy/NN a/a/DT protest/protest/NN note/note/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) iobj(2,5) det(8,6) compound(8,7) obj(2,8) punct(2,9)").events())
        .extracting(e -> triple(e)).contains("DZA AREGOV 114");
  }

  @Test
  void whatIsDoneWithoutDoingIsNotDone() {
    // "Russian troops withdrew without attacking Georgian troops.": the attack left undone is
    // told negated; one at no one ("without firing a shot") only tells how, and is no event
    // (MannerLeftUndoneTest).
    assertThat(dev.annals.coding.HandCoding.code("Russian/Russian/JJ/MISC troops/troop/NNS withdrew/withdraw/VBD without/without/IN attacking/attack/VBG "
            + "Georgian/Georgian/JJ/MISC troops/troop/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) mark(5,4) advcl:without(3,5) amod(7,6) obj(5,7) punct(3,8)").events())
        .filteredOn(e -> e.type().code().startsWith("19")).allMatch(e -> e.negated()).isNotEmpty();
  }

  @Test
  void whatIsKeptFromHappeningIsNoEvent() {
    // "Somalia barred Emirati officials from landing in Bosaso.": no visit, only the ban.
    assertThat(dev.annals.coding.HandCoding.code("Somalia/Somalia/NNP/LOCATION barred/bar/VBD Emirati/Emirati/JJ/MISC officials/official/NNS from/from/IN "
            + "landing/land/VBG in/in/IN Bosaso/Bosaso/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) mark(6,5) advcl:from(2,6) case(8,7) obl:in(6,8) punct(2,9)").events())
        .noneMatch(e -> e.type().code().startsWith("04"));
    // Landing somewhere is a visit when nothing keeps it from happening.
    assertThat(dev.annals.coding.HandCoding.code("Emirati/Emirati/JJ/MISC officials/official/NNS landed/land/VBD in/in/IN Bosaso/Bosaso/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)").events())
        .anyMatch(e -> e.type().code().startsWith("04"));
  }

  @Test
  void whatWasRuledOutIsNotDone() {
    // "Hungary ruled out sending troops to Bosnia."
    assertThat(dev.annals.coding.HandCoding.code("Hungary/Hungary/NNP/LOCATION ruled/rule/VBD out/out/RP sending/send/VBG troops/troop/NNS to/to/IN Bosnia/Bosnia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) xcomp(2,4) nsubj:xsubj(4,1) obj(4,5) case(7,6) obl:to(4,7) punct(2,8)").events())
        .filteredOn(e -> e.type().code().startsWith("15")).isNotEmpty().allMatch(e -> e.negated());
  }

  @Test
  void whatWasRuledOutIsNotDoneAlsoWhenTheGerundHangsLoose() {
    // "Hungary ruled out sending troops to Bosnia." with dep(ruled, sending)
    assertThat(dev.annals.coding.HandCoding.code("Hungary/Hungary/NNP/LOCATION ruled/rule/VBD out/out/RP sending/send/VBG troops/troop/NNS to/to/IN Bosnia/Bosnia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) dep(2,4) obj(4,5) case(7,6) obl:to(4,7) punct(2,8)").events())
        .filteredOn(e -> e.type().code().startsWith("15")).isNotEmpty().allMatch(e -> e.negated());
  }

  @Test
  void aPactDefendedWithAThirdStateIsAimedAtItNotAtTheDefenders() {
    // "Chile and Peru defended their pact with Bolivia." ("with" hung on the verb)
    assertThat(dev.annals.coding.HandCoding.code("Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION defended/defend/VBD their/their/PRP$ pact/pact/NN "
            + "with/with/IN Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) nmod:poss(6,5) obj(4,6) case(8,7) obl:with(4,8) punct(4,9)").events())
        .filteredOn(e -> e.type().code().equals("052")).isNotEmpty().allMatch(e -> e.target().map(t -> t.code().equals("BOL")).orElse(false));
  }

  @Test
  void aMeasureDefendedAgainstCriticsOfNoFormalProtestStandsWithoutATarget() {
    // "Germany called the cap a disgrace. Norway defended the cap.": said to all its critics.
    var text = new dev.annals.coding.HandBuiltText()
        .sentence("Germany/Germany/NNP/LOCATION called/call/VBD the/the/DT cap/cap/NN a/a/DT disgrace/disgrace/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(6,5) dep(4,6) punct(2,7)")
        .sentence("Norway/Norway/NNP/LOCATION defended/defend/VBD the/the/DT cap/cap/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(dev.annals.coding.HandCoding.code(text).events()).extracting(e -> dev.annals.coding.HandCoding.triple(e)).contains("NOR - 052");
  }

  @Test
  void talksPostponedOnSomethingForAStateAreRefusedToIt() {
    // "Germany postponed talks on an aid package for Cameroon on Monday."
    HandBuiltText text = new HandBuiltText()
        .sentence("Germany/Germany/NNP/LOCATION postponed/postpone/VBD talks/talk/NNS on/on/IN an/a/DT aid/aid/NN "
            + "package/package/NN for/for/IN Cameroon/Cameroon/NNP/LOCATION on/on/IN Monday/Monday/NNP ././.",
            "root(0,2) nsubj(2,1) obj(2,3) punct(2,12) nmod:on(3,7) nmod:for(3,9) nmod:on(3,11) case(7,4) det(7,5) "
            + "compound(7,6) case(9,8) case(11,10)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("DEU CMR 125");
  }

  @Test
  void anAccordSomethingIsMeasuredAgainstIsNoAccordMade() {
    // 'Mexico imposed duties on Chilean steel on Monday. Chile's trade minister called the duties
    // "inconsistent" with the two countries' trade agreement.' No agreement signed.
    HandBuiltText text = new HandBuiltText()
        .sentence("Mexico/Mexico/NNP/LOCATION imposed/impose/VBD duties/duty/NNS on/on/IN Chilean/Chilean/JJ steel/steel/NN ././.",
            "root(0,2) nsubj(2,1) obj(2,3) punct(2,7) nmod:on(3,6) case(6,4) amod(6,5)")
        .sentence("Chile/Chile/NNP/LOCATION called/call/VBD the/the/DT duties/duty/NNS \"/\"/`` inconsistent/inconsistent/JJ \"/\"/'' "
            + "with/with/IN the/the/DT two/two/CD countries/country/NNS '/'/POS trade/trade/NN agreement/agreement/NN ././.",
            "root(0,2) nsubj(2,1) obj(2,4) punct(2,15) det(4,3) amod(4,6) punct(6,5) punct(6,7) obl:with(6,14) case(14,8) "
            + "nmod:poss(14,11) compound(14,13) det(11,9) nummod(11,10) case(11,12)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("MEX CHL 163").noneMatch(t -> t.endsWith(" 057"));
  }

  @Test
  void investmentHeldBackFromACountryCutsTiesWithIt() {
    // "Chilean miners said they would delay a planned expansion in Sonora."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chilean/Chilean/JJ miners/miner/NNS said/say/VBD they/they/PRP would/would/MD delay/delay/VB a/a/DT "
            + "planned/plan/VBN expansion/expansion/NN in/in/IN Sonora/Sonora/NNP/LOCATION ././.",
            "root(0,3) amod(2,1) nsubj(3,2) ccomp(3,6) punct(3,12) nsubj(6,4) aux(6,5) obj(6,9) det(9,7) amod(9,8) "
            + "nmod:in(9,11) case(11,10)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.matches("CHL\\S* MEX 1[36]\\d*"));
  }
}
