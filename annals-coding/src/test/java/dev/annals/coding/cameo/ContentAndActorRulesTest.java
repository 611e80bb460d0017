package dev.annals.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.HandCoding;
import dev.annals.model.CodedArticle;
import dev.annals.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets found in complement clauses, announced acts, and actors named by coordinated or
 * unknown words, on hand-built parses shaped as CoreNLP's enhanced++ graphs are.
 */
class ContentAndActorRulesTest {
  private static List<String> triples(HandBuiltText text) {
    CodedArticle article = HandCoding.coder().code(text.build(HandCoding.DATE), HandCoding.DATE, "given");
    return article.events().stream().map(HandCoding::triple).toList();
  }

  @Test
  void aPronounAfterAnObjectThatNamesNoOneIsItsOwners() {
    // "Chile revoked the visas of Peru's defence minister, accusing them of spying." A visa ban on
    // officials is a sanction on them.
    CodedArticle article = HandCoding.code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION revoked/revoke/VBD the/the/DT visas/visa/NNS of/of/IN Peru/Peru/NNP/LOCATION 's/'s/POS defence/defence/NN minister/minister/NN ,/,/, "
            + "accusing/accuse/VBG them/they/PRP of/of/IN spying/spy/VBG ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(9,5) nmod:poss(9,6) case(6,7) compound(9,8) nmod:of(4,9) punct(2,10) dep(2,11) obj(11,12) mark(14,13) advcl:of(11,14) punct(2,15)"));
    assertThat(article.events()).extracting(HandCoding::triple).contains("CHL PERGOV 163", "CHL PERGOV 112");
  }

  @Test
  void aParticiplesPronounObjectIsItsVerbsObjectAndItsDayTheVerbs() {
    // "Chile expelled three Peruvian diplomats on Wednesday, accusing them of spying."
    CodedArticle article = HandCoding.code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION expelled/expel/VBD three/three/CD Peruvian/Peruvian/JJ/MISC diplomats/diplomat/NNS on/on/IN Wednesday/Wednesday/NNP ,/,/, accusing/accuse/VBG them/they/PRP of/of/IN spying/spy/VBG ././.",
        "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) case(7,6) obl:on(2,7) punct(2,8) dep(2,9) obj(9,10) mark(12,11) advcl:of(9,12) punct(2,13)"));
    assertThat(article.events()).filteredOn(e -> HandCoding.triple(e).startsWith("CHL PERGOV 112")).isNotEmpty()
        .allMatch(e -> e.date().value().equals(article.events().stream().filter(o -> HandCoding.triple(o).startsWith("CHL PERGOV 1") && !HandCoding.triple(o).endsWith("112")).findFirst().orElseThrow().date().value()) && e.date().origin() != dev.annals.model.DateOrigin.PUBLICATION);
  }

  @Test
  void troopsLeavingABaseRetreatFromItsStateInTheMoodOfTheReport() {
    // "Kenyan troops left the base in Somalia."
    assertThat(triples(new HandBuiltText().sentence(
        "Kenyan/Kenyan/JJ/MISC troops/troop/NNS left/leave/VBD the/the/DT base/base/NN in/in/IN Somalia/Somalia/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) nmod:in(5,7) punct(3,8)"))).contains("KENMIL SOM 0874");
    // "Kenyan troops left the base, handing the facility over to Somali forces, the army said."
    CodedArticle article = HandCoding.code(new HandBuiltText().sentence(
        "Kenyan/Kenyan/JJ/MISC troops/troop/NNS left/leave/VBD the/the/DT base/base/NN ,/,/, handing/hand/VBG the/the/DT facility/facility/NN over/over/RP to/to/IN Somali/Somali/JJ/MISC forces/force/NNS ,/,/, the/the/DT army/army/NN said/say/VBD ././.",
        "amod(2,1) nsubj(3,2) ccomp(17,3) det(5,4) obj(3,5) punct(3,6) advcl(3,7) det(9,8) obj(7,9) compound:prt(7,10) case(13,11) amod(13,12) obl:to(7,13) punct(17,14) det(16,15) nsubj(17,16) root(0,17) punct(17,18)"));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("0874")).isNotEmpty()
        .allMatch(e -> e.modality() == dev.annals.model.Modality.REPORTED);
  }

  @Test
  void theTwoSidesOfTwoLeadersAreTheirGovernments() {
    // "Emmanuel Macron met Olaf Scholz. The two sides signed a memorandum."
    assertThat(triples(new HandBuiltText()
        .sentence("Emmanuel/Emmanuel/NNP/PERSON Macron/Macron/NNP/PERSON met/meet/VBD Olaf/Olaf/NNP/PERSON Scholz/Scholz/NNP/PERSON ././.",
            "compound(2,1) nsubj(3,2) root(0,3) compound(5,4) obj(3,5) punct(3,6)")
        .sentence("The/the/DT two/two/CD sides/side/NNS signed/sign/VBD a/a/DT memorandum/memorandum/NN ././.",
            "det(3,1) nummod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)")))
        .anyMatch(t -> t.startsWith("FRAGOV DEUGOV 05") || t.startsWith("DEUGOV FRAGOV 05"));
  }

  @Test
  void joinedSubjectsDoTheSecondVerbToo() {
    // "Mali and Niger condemned Chile and praised Peru.": the parser gives "praised" Mali only.
    assertThat(triples(new HandBuiltText().sentence(
        "Mali/Mali/NNP/LOCATION and/and/CC Niger/Niger/NNP/LOCATION condemned/condemn/VBD Chile/Chile/NNP/LOCATION and/and/CC praised/praise/VBD Peru/Peru/NNP/LOCATION ././.",
        "nsubj(4,1) nsubj(7,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) cc(7,6) conj:and(4,7) obj(7,8) punct(4,9)")))
        .contains("MLI PER 051", "NER PER 051");
  }

  @Test
  void aMediatedEventIsMediatedBetweenItsParties() {
    // "Chile and Peru exchanged prisoners in a swap mediated by Qatar."
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION exchanged/exchange/VBD prisoners/prisoner/NNS in/in/IN a/a/DT swap/swap/NN mediated/mediate/VBN by/by/IN Qatar/Qatar/NNP/LOCATION ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) case(8,6) det(8,7) obl:in(4,8) acl(8,9) case(11,10) obl:by(9,11) punct(4,12)")))
        .contains("QAT CHL 045", "QAT PER 045");
  }

  @Test
  void whoeverOneIsSummonedToDidTheSummoning() {
    // "China's ambassador was summoned to the Kenyan foreign ministry."
    assertThat(triples(new HandBuiltText().sentence(
        "China/China/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN was/be/VBD summoned/summon/VBN to/to/IN the/the/DT Kenyan/Kenyan/JJ/MISC foreign/foreign/JJ ministry/ministry/NN ././.",
        "nmod:poss(3,1) case(1,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(10,6) det(10,7) amod(10,8) amod(10,9) obl:to(5,10) punct(5,11)")))
        .anyMatch(t -> t.startsWith("KENGOV CHNGOV 114"));
  }

  @Test
  void aPersonsDetentionIsDoneToThemNotByThem() {
    // "Alexei Navalny protested against his detention."
    assertThat(triples(new HandBuiltText().sentence(
        "Alexei/Alexei/NNP/PERSON Navalny/Navalny/NNP/PERSON protested/protest/VBD against/against/IN his/he/PRP$ detention/detention/NN ././.",
        "compound(2,1) nsubj(3,2) root(0,3) case(6,4) nmod:poss(6,5) obl:against(3,6) punct(3,7)")))
        .anyMatch(t -> t.endsWith("141")).noneMatch(t -> t.startsWith("RUSOPP") && t.endsWith("173"));
  }

  @Test
  void judgingAMutualThingIsNoMutualAct() {
    // "Senegal and Mauritania welcomed the agreement." beside "Senegal and Mauritania signed an agreement."
    assertThat(triples(new HandBuiltText().sentence(
        "Senegal/Senegal/NNP/LOCATION and/and/CC Mauritania/Mauritania/NNP/LOCATION welcomed/welcome/VBD the/the/DT agreement/agreement/NN ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)")))
        .noneMatch(t -> t.startsWith("SEN MRT") || t.startsWith("MRT SEN"));
    assertThat(triples(new HandBuiltText().sentence(
        "Senegal/Senegal/NNP/LOCATION and/and/CC Mauritania/Mauritania/NNP/LOCATION signed/sign/VBD an/a/DT agreement/agreement/NN ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) det(6,5) obj(4,6) punct(4,7)")))
        .anyMatch(t -> t.startsWith("SEN MRT"));
  }

  @Test
  void anEventThatDatesAnotherIsNotCarriedByItsVerb() {
    // "Chile would have tightened sanctions on Peru after its nuclear test."
    CodedArticle article = HandCoding.code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION would/would/MD have/have/VB tightened/tighten/VBN sanctions/sanction/NNS on/on/IN Peru/Peru/NNP/LOCATION after/after/IN its/its/PRP$ nuclear/nuclear/JJ test/test/NN ././.",
        "nsubj(4,1) aux(4,2) aux(4,3) root(0,4) obj(4,5) case(7,6) nmod:on(5,7) case(11,8) nmod:poss(11,9) amod(11,10) obl:after(4,11) punct(4,12)"));
    assertThat(article.events()).filteredOn(e -> e.type().rootCode().equals("15")).isNotEmpty()
        .allMatch(e -> e.modality() == dev.annals.model.Modality.ASSERTED);
  }

  @Test
  void weInWhatASpeakerSaysIsTheSpeakersSide() {
    // "Ghana's foreign minister said: We condemn Kenya." and, speaker after, "We condemn Kenya, the minister said."
    assertThat(triples(new HandBuiltText().sentence(
        "Ghana/Ghana/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN said/say/VBD :/:/: We/we/PRP condemn/condemn/VBP Kenya/Kenya/NNP/LOCATION ././.",
        "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) punct(5,6) nsubj(8,7) ccomp(5,8) obj(8,9) punct(5,10)")))
        .anyMatch(t -> t.startsWith("GHAGOV KEN 11"));
    assertThat(triples(new HandBuiltText().sentence(
        "We/we/PRP condemn/condemn/VBP Kenya/Kenya/NNP/LOCATION ,/,/, Ghana/Ghana/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN said/say/VBD ././.",
        "nsubj(2,1) ccomp(9,2) obj(2,3) punct(9,4) nmod:poss(8,5) case(5,6) amod(8,7) nsubj(9,8) root(0,9) punct(9,10)")))
        .anyMatch(t -> t.startsWith("GHAGOV KEN 11"));
  }

  @Test
  void anActorObjectIsTheTargetThoughAnObjectWordPatternMatchesAnOblique() {
    CodedArticle article = HandCoding.coder().code(new HandBuiltText().sentence(
        "Kenya/Kenya/NNP/LOCATION hosted/host/VBD Ghana/Ghana/NNP/LOCATION for/for/IN a/a/DT meeting/meeting/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:for(2,6) punct(2,7)").build(HandCoding.DATE), HandCoding.DATE, "given");
    assertThat(article.events()).extracting(HandCoding::triple).contains("KEN GHA 043");
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("043"))
        .allSatisfy(e -> assertThat(e.type().plover().map(PloverType::eventType)).contains("CONSULT"));
  }

  @Test
  void aThreatTakesTheTargetOfTheActItAnnounces() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION threatened/threaten/VBD to/to/TO break/break/VB relations/relation/NNS with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) obj(4,5) case(7,6) nmod:with(5,7) punct(2,8)"));
    assertThat(events).containsExactly("CHL PER 1313");
  }

  @Test
  void aPromiseFindsItsTargetOnTheControlledVerbsObject() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Japan/Japan/NNP/LOCATION promised/promise/VBD to/to/TO continue/continue/VB aid/aid/NN to/to/IN Chad/Chad/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) obj(4,5) case(7,6) nmod:to(5,7) punct(2,8)"));
    assertThat(events).containsExactly("JPN TCD 033");
  }

  @Test
  void coordinatedCountryAdjectivesNameOneActorEach() {
    List<String> events = triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ and/and/CC Peruvian/Peruvian/JJ officials/official/NNS met/meet/VBD ././.",
        "amod(4,1) cc(3,2) conj:and(1,3) amod(4,3) nsubj(5,4) root(0,5) punct(5,6)"));
    assertThat(events).containsExactlyInAnyOrder("CHLGOV PERGOV 040", "PERGOV CHLGOV 040");
  }

  @Test
  void yieldingWithoutAnObjectIsKeptWithoutTargetButNotWithOne() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ rebels/rebel/NNS surrendered/surrender/VBD ././.",
        "amod(2,1) nsubj(3,2) root(0,3) punct(3,4)")))
        .singleElement().asString().startsWith("CHLREB - 08");
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION eased/ease/VBD tensions/tension/NNS ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"))).isEmpty();
  }

  @Test
  void anAppealToAllSidesIsKeptWithoutTargetButNotAnAppealToNoOne() {
    // "Chile urged all parties to hold talks."
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION urged/urge/VBD all/all/DT parties/party/NNS to/to/TO hold/hold/VB talks/talk/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) xcomp(2,6) obj(6,7) punct(2,8)")))
        .anyMatch(t -> t.startsWith("CHL - 02"));
    // "Chile appealed for calm."
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION appealed/appeal/VBD for/for/IN calm/calm/NN ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:for(2,4) punct(2,5)")))
        .noneMatch(t -> t.startsWith("CHL - 02"));
  }

  @Test
  void anActItsActorAnnouncesIsAnIntentAndWithUnlessAThreat() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP will/will/MD withdraw/withdraw/VB its/its/PRP$ troops/troop/NNS from/from/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) nmod:poss(7,6) obj(5,7) case(9,8) obl:from(5,9) punct(2,10)")))
        .contains("CHL PER 0356");
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP will/will/MD withdraw/withdraw/VB its/its/PRP$ troops/troop/NNS from/from/IN Peru/Peru/NNP/LOCATION unless/unless/IN Peru/Peru/NNP/LOCATION pays/pay/VBZ ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) nmod:poss(7,6) obj(5,7) case(9,8) obl:from(5,9) mark(12,10) nsubj(12,11) advcl:unless(5,12) punct(2,13)")))
        .contains("CHL PER 130");
  }

  @Test
  void aPlainFutureToldByTheReporterStaysTheAct() {
    assertThat(triples(new HandBuiltText().sentence(
        "Japan/Japan/NNP/LOCATION will/will/MD send/send/VB aid/aid/NN to/to/IN Chad/Chad/NNP/LOCATION ././.",
        "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(6,5) obl:to(3,6) punct(3,7)")))
        .allSatisfy(t -> assertThat(t).doesNotEndWith(" 033"));
  }

  @Test
  void aCurfewAtHomeIsImposedOnTheCountrysPeopleNotOnTheCountry() {
    assertThat(triples(new HandBuiltText().sentence(
        "Turkish/Turkish/JJ authorities/authority/NNS imposed/impose/VBD a/a/DT curfew/curfew/NN in/in/IN Turkey/Turkey/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)")))
        .containsExactly("TURGOV TURCVL 1723");
  }

  @Test
  void easingInAPlaceIsForItsPeopleEvenWhenTheSourceGovernsIt() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ authorities/authority/NNS lifted/lift/VBD a/a/DT curfew/curfew/NN in/in/IN Chile/Chile/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)")))
        .containsExactly("CHLGOV CHLCVL 0813");
    assertThat(triples(new HandBuiltText().sentence(
        "Peru/Peru/NNP/LOCATION lifted/lift/VBD the/the/DT curfew/curfew/NN imposed/impose/VBN in/in/IN Chile/Chile/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) acl(4,5) case(7,6) obl:in(5,7) punct(2,8)")))
        .containsExactly("PER CHLCVL 0813");
  }

  @Test
  void aPeoplesPossessiveInsideANameBelongsToTheName() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION condemned/condemn/VBD the/the/DT Democratic/Democratic/NNP People/People/NNPS 's/'s/POS Republic/Republic/NNP of/of/IN Korea/Korea/NNP ././.",
        "nsubj(2,1) root(0,2) det(7,3) compound(5,4) case(5,6) nmod:poss(7,5) obj(2,7) case(9,8) nmod:of(7,9) punct(2,10)")))
        .containsExactly("CHL PRK 111");
  }

  @Test
  void aNetworkNamedByAnOrganisationIsThatOrganisation() {
    assertThat(triples(new HandBuiltText().sentence(
        "The/the/DT al/al/NNP/ORGANIZATION -/-/HYPH/ORGANIZATION Qaeda/Qaeda/NNP/ORGANIZATION network/network/NN attacked/attack/VBD Peru/Peru/NNP/LOCATION ././.",
        "det(5,1) compound(4,2) punct(4,3) compound(5,4) nsubj(6,5) root(0,6) obj(6,7) punct(6,8)")))
        .singleElement().asString().startsWith("ALQAEDA PER ");
  }

  @Test
  void theObjectsOwnWordDecidesBeforeAWordModifyingIt() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION withdrew/withdraw/VBD weapons/weapon/NNS inspectors/inspector/NNS from/from/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) obl:from(2,6) punct(2,7)")))
        .containsExactly("CHL PER 1662");
  }

  @Test
  void aHaltOfArmsDeliveriesIsAHaltOfMilitaryAidAndAHaltOfOtherSalesASanction() {
    // verbs.tsv's two-word object "arm delivery": the head with that modifier.
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION halted/halt/VBD arms/arm/NNS deliveries/delivery/NNS to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(2,7)")))
        .containsExactly("CHL PER 1622");
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION halted/halt/VBD electricity/electricity/NN sales/sale/NNS to/to/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(2,7)")))
        .containsExactly("CHL PER 163");
  }

  @Test
  void whatAParticipleSaysWasDoneByAnActorStandsForIt() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION opened/open/VBD an/a/DT investigation/investigation/NN into/into/IN crimes/crime/NNS committed/commit/VBN by/by/IN Peruvian/Peruvian/JJ forces/force/NNS ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:into(4,6) acl(6,7) case(10,8) amod(10,9) obl:agent(7,10) punct(2,11)")))
        .contains("CHL PERMIL 090");
  }

  @Test
  void anEthnicGroupBelongsToTheCountryWhereItLivesNotToItsKinState() {
    assertThat(triples(new HandBuiltText().sentence(
        "Ethnic/ethnic/JJ Peruvians/Peruvian/NNPS demonstrated/demonstrate/VBD in/in/IN Chile/Chile/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)")))
        .singleElement().asString().startsWith("CHLCVL CHLGOV 14");
  }

  @Test
  void theSidesNamedByCountryAdjectivesAreThoseCountries() {
    assertThat(triples(new HandBuiltText().sentence(
        "The/the/DT Chilean/Chilean/JJ and/and/CC Peruvian/Peruvian/JJ sides/side/NNS met/meet/VBD ././.",
        "det(5,1) amod(5,2) cc(4,3) conj:and(2,4) amod(5,4) nsubj(6,5) root(0,6) punct(6,7)")))
        .containsExactlyInAnyOrder("CHL PER 040", "PER CHL 040");
  }

  @Test
  void anActSomeoneDeclinedOrFailedToDoDidNotHappen() {
    CodedArticle article = HandCoding.coder().code(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ rebels/rebel/NNS declined/decline/VBD to/to/TO surrender/surrender/VB ././.",
        "amod(2,1) nsubj(3,2) root(0,3) mark(5,4) xcomp(3,5) nsubj:xsubj(5,2) punct(3,6)").build(HandCoding.DATE), HandCoding.DATE, "given");
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("08")).isNotEmpty().allSatisfy(e -> assertThat(e.negated()).isTrue());
    CodedArticle failed = HandCoding.coder().code(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION failed/fail/VBD to/to/TO reach/reach/VB agreement/agreement/NN ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) obj(6,7) punct(4,8)").build(HandCoding.DATE), HandCoding.DATE, "given");
    // The agreement did not happen; failing to reach it is a rejection by both sides (120).
    assertThat(failed.events()).filteredOn(e -> !e.type().rootCode().equals("12")).isNotEmpty().allSatisfy(e -> assertThat(e.negated()).isTrue());
  }

  @Test
  void anUnknownPresidentBelongsToTheOnlyCountryTheReportNames() {
    assertThat(triples(new HandBuiltText().sentence(
        "President/President/NNP Juan/Juan/NNP/PERSON Ortega/Ortega/NNP/PERSON condemned/condemn/VBD Chilean/Chilean/JJ rebels/rebel/NNS ././.",
        "compound(3,1) compound(3,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7)")))
        .containsExactly("CHLGOV CHLREB 111");
  }

  @Test
  void aPeopleNamedInThePluralWithACountryAdjectiveAreItsCivilians() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ Mapuches/Mapuche/NNPS demonstrated/demonstrate/VBD ././.",
        "amod(2,1) nsubj(3,2) root(0,3) punct(3,4)")))
        .singleElement().asString().startsWith("CHLCVL CHLGOV 14");
  }

  @Test
  void aDemonstrationWithNoStatedTargetIsAimedAtTheGovernmentOfTheCountryWhereItHappens() {
    assertThat(triples(new HandBuiltText().sentence(
        "Peruvian/Peruvian/JJ students/student/NNS rallied/rally/VBD in/in/IN Santiago/Santiago/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)")))
        .singleElement().asString().startsWith("PER").contains(" CHLGOV 14");
  }

  @Test
  void aDemonstrationThatNamesItsTargetKeepsIt() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ students/student/NNS protested/protest/VBD against/against/IN Peru/Peru/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:against(3,5) punct(3,6)")))
        .singleElement().asString().startsWith("CHLEDU PER 14");
  }

  @Test
  void aCurfewWithNoStatedTargetIsImposedOnThePeopleOfThePlace() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ authorities/authority/NNS imposed/impose/VBD a/a/DT curfew/curfew/NN in/in/IN Santiago/Santiago/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)")))
        .contains("CHLGOV CHLCVL 1723");
  }

  @Test
  void aProtestThatIsThePurposeOfABlockadeIsOneHappeningWithIt() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ farmers/farmer/NNS blocked/block/VBD highways/highway/NNS to/to/TO protest/protest/VB ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) mark(6,5) advcl:to(3,6) punct(3,7)")))
        .singleElement().asString().startsWith("CHLAGR - 14");
  }

  @Test
  void aidSuspendedInAPlaceIsStoppedForItsPeople() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION suspended/suspend/VBD aid/aid/NN deliveries/delivery/NNS in/in/IN Lima/Lima/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) obl:in(2,6) punct(2,7)")))
        .singleElement().asString().matches("CHL PERCVL 162\\d?");
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION suspended/suspend/VBD aid/aid/NN deliveries/delivery/NNS ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) punct(2,5)"))).isEmpty();
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION suspended/suspend/VBD aid/aid/NN deliveries/delivery/NNS in/in/IN Lima/Lima/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) nmod:in(4,6) punct(2,7)")))
        .singleElement().asString().matches("CHL PERCVL 162\\d?");
  }

  @Test
  void aStateOfEmergencyLiftedAtHomeIsEasedForTheCountrysPeople() {
    assertThat(triples(new HandBuiltText().sentence(
        "The/the/DT Chilean/Chilean/JJ government/government/NN lifted/lift/VBD a/a/DT state/state/NN of/of/IN emergency/emergency/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(8,7) nmod:of(6,8) punct(4,9)")))
        .contains("CHLGOV CHLCVL 0814");
  }

  @Test
  void aPromiseForTheSourcesOwnCountryIsKeptWithoutTarget() {
    assertThat(triples(new HandBuiltText().sentence(
        "The/the/DT Chilean/Chilean/JJ president/president/NN promised/promise/VBD to/to/TO democratize/democratize/VB Chile/Chile/NNP/LOCATION ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) nsubj:xsubj(6,3) obj(6,7) punct(4,8)")))
        .anyMatch(event -> event.matches("CHLGOV - 03\\d*"));
    assertThat(triples(new HandBuiltText().sentence(
        "The/the/DT Chilean/Chilean/JJ president/president/NN promised/promise/VBD to/to/TO act/act/VB ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) nsubj:xsubj(6,3) punct(4,7)")))
        .noneMatch(event -> event.contains(" 03"));
  }

  @Test
  void aThreatenedCurfewIsAimedAtThePeople() {
    assertThat(triples(new HandBuiltText().sentence(
        "The/the/DT Chilean/Chilean/JJ government/government/NN threatened/threaten/VBD to/to/TO impose/impose/VB a/a/DT curfew/curfew/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) nsubj:xsubj(6,3) det(8,7) obj(6,8) punct(4,9)")))
        .contains("CHLGOV CHLCVL 1323");
  }

  @Test
  void anObstructionWithNoStatedTargetImpliesNone() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ protesters/protester/NNS blocked/block/VBD highways/highway/NNS ././.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)")))
        .singleElement().asString().startsWith("CHLCVL - 144");
  }

  @Test
  void refusingAnAnnouncedCooperativeActIsARejection() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP would/would/MD not/not/RB negotiate/negotiate/VB with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(6,3) aux(6,4) advmod(6,5) ccomp(2,6) case(8,7) obl:with(6,8) punct(2,9)")))
        .contains("CHL PER 125");
  }

  @Test
  void sayingAnotherActorMustActIsADemandOnIt() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION said/say/VBD Peru/Peru/NNP/LOCATION must/must/MD leave/leave/VB ././.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) punct(2,6)")))
        .containsExactly("CHL PER 100");
  }

  @Test
  void aNominalDemandIsAimedAtTheSubjectOfItsClause() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION issued/issue/VBD a/a/DT demand/demand/NN that/that/IN Peru/Peru/NNP/LOCATION leave/leave/VB ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(7,5) nsubj(7,6) ccomp(4,7) punct(2,8)")))
        .contains("CHL PER 100");
  }

  @Test
  void aHungerStrikeHeldToDemandSomethingIsAProtestAimedAtTheDemandsTarget() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ students/student/NNS continued/continue/VBD their/they/PRP$ hunger/hunger/NN strike/strike/NN to/to/TO demand/demand/VB the/the/DT resignation/resignation/NN of/of/IN Peru/Peru/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nmod:poss(6,4) compound(6,5) obj(3,6) mark(8,7) xcomp(3,8) nsubj:xsubj(8,2) det(10,9) obj(8,10) case(12,11) nmod:of(10,12) punct(3,13)")))
        .contains("CHLEDU PER 142")
        .noneMatch(t -> t.endsWith(" 1246"));
  }

  @Test
  void aWarningIsAimedAtWhoeverTheThreatsConditionNames() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION warned/warn/VBD that/that/IN it/it/PRP would/would/MD use/use/VB force/force/NN if/if/IN Peru/Peru/NNP/LOCATION attacked/attack/VBD ././.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) obj(6,7) mark(10,8) nsubj(10,9) advcl:if(6,10) punct(2,11)")))
        .anySatisfy(t -> assertThat(t).startsWith("CHL PER 13"));
  }

  @Test
  void aDefiniteDescriptionOfWhatAnEarlierSentenceToldOfStandsForItsAuthor() {
    assertThat(triples(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION adopted/adopt/VBD a/a/DT package/package/NN of/of/IN sanctions/sanction/NNS on/on/IN Bolivia/Bolivia/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) case(8,7) nmod:on(4,8) punct(2,9)")
        .sentence("Chile/Chile/NNP/LOCATION threatened/threaten/VBD to/to/TO veto/veto/VB the/the/DT package/package/NN ././.",
            "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) det(6,5) obj(4,6) punct(2,7)")))
        .contains("CHL PER 130");
  }

  @Test
  void rejectingTheProposalRejectsWhoeverLastAppealedToTheRejectingSide() {
    List<String> events = triples(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION urged/urge/VBD Chile/Chile/NNP/LOCATION to/to/TO sign/sign/VB a/a/DT treaty/treaty/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) nsubj:xsubj(5,3) det(7,6) obj(5,7) punct(2,8)")
        .sentence("Chilean/Chilean/JJ President/President/NNP Juan/Juan/NNP/PERSON Ortega/Ortega/NNP/PERSON rejected/reject/VBD the/the/DT proposal/proposal/NN ././.",
            "amod(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) punct(5,8)"));
    assertThat(events).anySatisfy(t -> assertThat(t).startsWith("CHLGOV PER 12"));
  }

  @Test
  void regrettingTheDecisionDisapprovesOfWhoeverLastActedOnTheSpeakersSide() {
    List<String> events = triples(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION expelled/expel/VBD a/a/DT Chilean/Chilean/JJ diplomat/diplomat/NN ././.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .sentence("Chile/Chile/NNP/LOCATION regretted/regret/VBD the/the/DT decision/decision/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(events).anySatisfy(t -> assertThat(t).startsWith("CHL PER 11"));
  }

  @Test
  void anEventDuringAnOccasionAnEarlierSentenceDatedTakesThatDate() {
    CodedArticle article = HandCoding.coder().code(new HandBuiltText()
        .sentence("Chile/Chile/NNP/LOCATION will/will/MD visit/visit/VB Peru/Peru/NNP/LOCATION next/next/JJ month/month/NN ././.",
            "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) amod(6,5) obl:tmod(3,6) punct(3,7)")
        .sentence("Chile/Chile/NNP/LOCATION will/will/MD sign/sign/VB a/a/DT treaty/treaty/NN with/with/IN Peru/Peru/NNP/LOCATION during/during/IN the/the/DT visit/visit/NN ././.",
            "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:with(3,7) case(10,8) det(10,9) obl:during(3,10) punct(3,11)")
        .build(HandCoding.DATE), HandCoding.DATE, "given");
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("057"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2023-06"));
  }

  @Test
  void anIndefiniteOrUnrelatedObjectGetsNoTargetFromEarlierSentences() {
    List<String> events = triples(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION urged/urge/VBD Bolivia/Bolivia/NNP/LOCATION to/to/TO sign/sign/VB a/a/DT treaty/treaty/NN ././.",
            "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) nsubj:xsubj(5,3) det(7,6) obj(5,7) punct(2,8)")
        .sentence("Chile/Chile/NNP/LOCATION rejected/reject/VBD the/the/DT proposal/proposal/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    // The appeal was to Bolivia, not to Chile: Chile's rejection has no known target.
    assertThat(events).noneMatch(t -> t.startsWith("CHL PER"));
  }

  @Test
  void aConductNounStandsForTheActorThatModifiesIt() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION condemned/condemn/VBD the/the/DT Peruvian/Peruvian/JJ army/army/NN response/response/NN ././.",
        "nsubj(2,1) root(0,2) det(6,3) amod(5,4) compound(6,5) obj(2,6) punct(2,7)")))
        .containsExactly("CHL PERMIL 111");
  }

  @Test
  void aProposalStandsForWhoeverMadeIt() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION rejected/reject/VBD calls/call/NNS by/by/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:by(3,5) punct(2,6)")))
        .anySatisfy(t -> assertThat(t).startsWith("CHL PER 12"));
  }

  @Test
  void partnersOfAnOrganisationStandForIt() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION criticised/criticise/VBD its/its/PRP$ NATO/NATO/NNP/ORGANIZATION partners/partner/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) compound(5,4) obj(2,5) punct(2,6)")))
        .containsExactly("CHL NATO 111");
  }

  @Test
  void aPlaceTaggedAsACommonNounStillOwnsTheGroupInIt() {
    assertThat(triples(new HandBuiltText().sentence(
        "Soldiers/soldier/NNS in/in/IN Guinea/guinea/NN/LOCATION attacked/attack/VBD Liberia/Liberia/NNP/LOCATION ././.",
        "nsubj(4,1) case(3,2) nmod:in(1,3) root(0,4) obj(4,5) punct(4,6)")))
        .containsExactly("GINMIL LBR 190");
  }

  @Test
  void aCountryAdjectiveOnTheFirstOfCoordinatedNounsPlacesTheOthers() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chilean/Chilean/JJ jets/jet/NNS and/and/CC soldiers/soldier/NNS attacked/attack/VBD Peru/Peru/NNP/LOCATION ././.",
        "amod(2,1) nsubj(5,2) cc(4,3) conj:and(2,4) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)")))
        .contains("CHLMIL PER 190");
  }

  @Test
  void aGroupOfPeopleActsThroughItsMembers() {
    assertThat(triples(new HandBuiltText().sentence(
        "A/a/DT group/group/NN of/of/IN Chilean/Chilean/JJ diplomats/diplomat/NNS met/meet/VBD Peru/Peru/NNP/LOCATION ././.",
        "det(2,1) nsubj(6,2) case(5,3) amod(5,4) nmod:of(2,5) root(0,6) obj(6,7) punct(6,8)")))
        .contains("CHLGOV PER 040");
  }

  @Test
  void aPolicyStandsForItsMaker() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION criticised/criticise/VBD Peruvian/Peruvian/JJ policies/policy/NNS ././.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")))
        .containsExactly("CHL PER 111");
  }

  @Test
  void anAttemptIsNoAnnouncement() {
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION said/say/VBD it/it/PRP tried/try/VBD to/to/TO attack/attack/VB Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) mark(6,5) xcomp(4,6) nsubj:xsubj(6,3) obj(6,7) punct(2,8)")))
        .noneMatch(t -> t.contains(" 13"));
  }

  @Test
  void aChargeDAffairesIsTheStatesDiplomatNotACharge() {
    // "Algeria summoned Mali's charge d'affaires." (as annals-nlp tags the borrowed noun)
    var events = HandCoding.code("Algeria/Algeria/NNP/LOCATION summoned/summon/VBD Mali/Mali/NNP/LOCATION 's/'s/POS charge/charge/NN d'affaires/d'affaires/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(6,3) case(3,4) compound(6,5) obj(2,6) punct(2,7)").events();
    assertThat(events).extracting(HandCoding::triple).anyMatch(t -> t.startsWith("DZA MLIGOV 1")).noneMatch(t -> t.contains(" 17"));
  }

  @Test
  void liftingAMembersSuspensionEasesASanctionOnIt() {
    // "ECOWAS lifted Guinea's suspension."
    var events = HandCoding.code("ECOWAS/ECOWAS/NNP/ORGANIZATION lifted/lift/VBD Guinea/Guinea/NNP/LOCATION 's/'s/POS suspension/suspension/NN ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)").events();
    assertThat(events).extracting(HandCoding::triple).contains("ECOWAS GIN 081");
  }

  @Test
  void concernsRaisedWithAStateAreToldToIt() {
    // "India raised concerns with Sri Lanka about the visit."
    var events = HandCoding.code("India/India/NNP/LOCATION raised/raise/VBD concerns/concern/NNS with/with/IN Sri/Sri/NNP/LOCATION Lanka/Lanka/NNP/LOCATION "
            + "about/about/IN the/the/DT visit/visit/NN ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) compound(6,5) nmod:with(3,6) case(9,7) det(9,8) nmod:about(3,9) punct(2,10)").events();
    // (Disapproval of it: VerbLinesByObjectTest.)
    assertThat(events).extracting(HandCoding::triple).anyMatch(t -> t.startsWith("IND LKA") && t.endsWith(" 110"));
  }

  @Test
  void itAsSubjectOfAJoinedVerbIsTheFirstVerbsSubject() {
    // "Chile criticised Peru, but it praised Bolivia."
    var events = HandCoding.code("Chile/Chile/NNP/LOCATION criticised/criticise/VBD Peru/Peru/NNP/LOCATION ,/,/, but/but/CC it/it/PRP praised/praise/VBD "
            + "Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(7,4) cc(7,5) nsubj(7,6) conj:but(2,7) obj(7,8) punct(2,9)").events();
    assertThat(events).extracting(HandCoding::triple).anyMatch(t -> t.startsWith("CHL BOL 05"));
  }

  @Test
  void aidHeldUpIsBlockedNotGiven() {
    // "Hungary held up aid to Ukraine."
    var events = HandCoding.code("Hungary/Hungary/NNP/LOCATION held/hold/VBD up/up/RP aid/aid/NN to/to/IN Ukraine/Ukraine/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) obj(2,4) case(6,5) nmod:to(4,6) punct(2,7)").events();
    assertThat(events).extracting(HandCoding::triple).contains("HUN UKR 122").noneMatch(t -> t.endsWith(" 070"));
  }

  @Test
  void jetsThatActAreAnAirForce() {
    // "Chilean jets shot down a Peruvian drone."
    var events = HandCoding.code("Chilean/Chilean/JJ/MISC jets/jet/NNS shot/shoot/VBD down/down/RP a/a/DT Peruvian/Peruvian/JJ/MISC drone/drone/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) compound:prt(3,4) det(7,5) amod(7,6) obj(3,7) punct(3,8)").events();
    assertThat(events).extracting(HandCoding::triple).anyMatch(t -> t.startsWith("CHLMIL PER") && t.endsWith(" 195"));
  }

  @Test
  void itInARelativeClauseIsTheStateThatActsInTheClauseAroundIt() {
    // "Chile sanctioned two Peruvian ministers it accused of fraud."
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION sanctioned/sanction/VBD two/two/CD Peruvian/Peruvian/JJ/MISC ministers/minister/NNS it/it/PRP accused/accuse/VBD of/of/IN fraud/fraud/NN ././.",
        "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) nsubj(7,6) acl:relcl(5,7) obj(7,5) case(9,8) obl:of(7,9) punct(2,10)")))
        .anyMatch(t -> t.startsWith("CHL PERGOV 112"));
  }

  @Test
  void exchangingInstrumentsOfRatificationSignsTheTreatyBetweenTheTwo() {
    // "Chile and Peru exchanged instruments of ratification."
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION exchanged/exchange/VBD instruments/instrument/NNS of/of/IN ratification/ratification/NN ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) obj(4,5) case(7,6) nmod:of(5,7) punct(4,8)")))
        .contains("CHL PER 057");
  }

  @Test
  void aParticiplesHimIsItsVerbsObjectEvenWithNoName() {
    // "Chile arrested a Peruvian diplomat, accusing him of spying."
    assertThat(triples(new HandBuiltText().sentence(
        "Chile/Chile/NNP/LOCATION arrested/arrest/VBD a/a/DT Peruvian/Peruvian/JJ/MISC diplomat/diplomat/NN ,/,/, accusing/accuse/VBG him/he/PRP of/of/IN spying/spy/VBG ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6) dep(2,7) obj(7,8) mark(10,9) advcl:of(7,10) punct(2,11)")))
        .anyMatch(t -> t.startsWith("CHL PERGOV 112"));
  }

  @Test
  void theyInARelativeClauseIsTheSubjectOfTheClauseAroundIt() {
    // "Peruvian and Bolivian rebels fled. Chilean troops shelled the villages they had attacked."
    assertThat(triples(new HandBuiltText()
        .sentence("Peruvian/Peruvian/JJ/MISC and/and/CC Bolivian/Bolivian/JJ/MISC rebels/rebel/NNS fled/flee/VBD ././.",
            "amod(4,1) cc(3,2) conj:and(1,3) amod(4,3) nsubj(5,4) root(0,5) punct(5,6)")
        .sentence("Chilean/Chilean/JJ/MISC troops/troop/NNS shelled/shell/VBD the/the/DT villages/village/NNS they/they/PRP had/have/VBD attacked/attack/VBN ././.",
            "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) nsubj(8,6) aux(8,7) acl:relcl(5,8) obj(8,5) punct(3,9)")))
        .anyMatch(t -> t.startsWith("CHLMIL - 18")).noneMatch(t -> (t.startsWith("PER") || t.startsWith("BOL")) && t.contains(" 18"));
  }

  @Test
  void itOpeningASentenceIsTheSubjectOfTheSentenceBefore() {
    // "Sudan's army blamed the Rapid Support Forces. It vowed to respond."
    var article = HandCoding.code(new HandBuiltText()
        .sentence("Sudan/Sudan/NNP/LOCATION 's/'s/POS army/army/NN blamed/blame/VBD the/the/DT Rapid/Rapid/NNP/ORGANIZATION Support/Support/NNP/ORGANIZATION "
            + "Forces/Forces/NNPS/ORGANIZATION ././.", "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(8,5) compound(8,6) compound(8,7) obj(4,8) punct(4,9)")
        .sentence("It/it/PRP vowed/vow/VBD to/to/TO respond/respond/VB ././.", "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> HandCoding.triple(e)).contains("SDNMIL RSF 130");
  }

  @Test
  void itAfterAnOpeningTimeIsTheTellerOfTheSentenceBefore() {
    // "Rebels attacked a post, the Malian government said. On Monday it accused Niger."
    var article = HandCoding.code(new HandBuiltText()
        .sentence("Rebels/rebel/NNS attacked/attack/VBD a/a/DT post/post/NN ,/,/, the/the/DT Malian/Malian/JJ/MISC government/government/NN said/say/VBD ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5) det(8,6) amod(8,7) nsubj(9,8) parataxis(2,9) punct(2,10)")
        .sentence("On/on/IN Monday/Monday/NNP/DATE it/it/PRP accused/accuse/VBD Niger/Niger/NNP/LOCATION ././.",
            "case(2,1) obl:on(4,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(article.events()).extracting(e -> HandCoding.triple(e)).contains("MLIGOV NER 112");
  }

  @Test
  void peopleNamedByTheNounAParticipleDescribesDoIt() {
    // "Chilean farmers blocking the road stopped the lorries.": the farmers, not Chile at large.
    var article = HandCoding.code(new HandBuiltText()
        .sentence("Chilean/Chilean/JJ/MISC farmers/farmer/NNS blocking/block/VBG the/the/DT road/road/NN stopped/stop/VBD the/the/DT lorries/lorry/NNS ././.",
            "amod(2,1) nsubj(6,2) acl(2,3) det(5,4) obj(3,5) root(0,6) det(8,7) obj(6,8) punct(6,9)"));
    assertThat(article.events()).extracting(e -> HandCoding.triple(e)).contains("CHLAGR - 1442").doesNotContain("CHL - 1442");
  }

  @Test
  void himWithNoPersonNamedIsTheLastSubjectWithNoNameOtherThanTheClausesOwn() {
    // "The Chilean adviser asked Peru to act. Peru's president, who received him, praised Chile."
    var article = HandCoding.code(new HandBuiltText()
        .sentence("The/the/DT Chilean/Chilean/JJ/MISC adviser/adviser/NN asked/ask/VBD Peru/Peru/NNP/LOCATION to/to/TO act/act/VB ././.",
            "det(3,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) mark(7,6) xcomp(4,7) punct(4,8)")
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN ,/,/, who/who/WP received/receive/VBD him/he/PRP ,/,/, praised/praise/VBD "
            + "Chile/Chile/NNP/LOCATION ././.",
            "nmod:poss(3,1) case(1,2) nsubj(6,3) nsubj(9,3) punct(3,4) ref(3,5) acl:relcl(3,6) obj(6,7) punct(3,8) root(0,9) obj(9,10) punct(9,11)"));
    assertThat(article.events()).extracting(e -> HandCoding.triple(e)).contains("PERGOV CHLGOV 043");
  }

  @Test
  void itOfAVerbThatDoesNothingNamesNoOne() {
    // "Sudan's army blamed the Rapid Support Forces. It seems to respond."
    var article = HandCoding.code(new HandBuiltText()
        .sentence("Sudan/Sudan/NNP/LOCATION 's/'s/POS army/army/NN blamed/blame/VBD the/the/DT Rapid/Rapid/NNP/ORGANIZATION Support/Support/NNP/ORGANIZATION "
            + "Forces/Forces/NNPS/ORGANIZATION ././.", "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(8,5) compound(8,6) compound(8,7) obj(4,8) punct(4,9)")
        .sentence("It/it/PRP seems/seem/VBZ to/to/TO vow/vow/VB revenge/revenge/NN ././.", "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) obj(4,5) punct(2,6)"));
    assertThat(article.events()).extracting(e -> HandCoding.triple(e)).noneMatch(t -> t.endsWith(" 130"));
  }

  @Test
  void itIsNotOneItsOwnClauseActsOn() {
    // "The SPLA attacked Wau. It now fights the SPLA.": whoever "it" is, not the SPLA.
    var article = HandCoding.code(new HandBuiltText()
        .sentence("The/the/DT SPLA/SPLA/NNP/ORGANIZATION attacked/attack/VBD Wau/Wau/NNP/LOCATION ././.", "det(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5)")
        .sentence("It/it/PRP now/now/RB fights/fight/VBZ the/the/DT SPLA/SPLA/NNP/ORGANIZATION ././.", "nsubj(3,1) advmod(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)"));
    assertThat(article.events()).filteredOn(e -> e.mentions().get(0).sentence() == 1).isEmpty();
  }

  @Test
  void itAfterAQuotationIsNotTheQuotationsSubject() {
    // '"China has suppressed protests." It said the ceremony was a disgrace.'
    var article = HandCoding.code(new HandBuiltText()
        .sentence("``/``/`` China/China/NNP/LOCATION has/have/VBZ suppressed/suppress/VBN protests/protest/NNS ././. ''/''/''",
            "punct(4,1) nsubj(4,2) aux(4,3) root(0,4) obj(4,5) punct(4,6) punct(4,7)")
        .sentence("It/it/PRP said/say/VBD the/the/DT ceremony/ceremony/NN was/be/VBD a/a/DT disgrace/disgrace/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) nsubj(7,4) cop(7,5) det(7,6) ccomp(2,7) punct(2,8)"));
    assertThat(article.events()).filteredOn(e -> e.mentions().get(0).sentence() == 1).isEmpty();
  }
}
