package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandCoding;
import dev.annals.model.CodedArticle;
import dev.annals.model.PloverType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Agreeing to do something, failing to agree, refusing and resigning, on hand-built parses. */
class UndertakingAndRefusalTest {
  private static List<String> asserted(CodedArticle article) {
    return article.events().stream().filter(e -> !e.negated()).map(HandCoding::triple).toList();
  }

  @Test
  void agreeingToDoSomethingIsAnIntentAimedAtWhomTheActConcerns() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION agreed/agree/VBD to/to/TO reopen/reopen/VB the/the/DT border/border/NN with/with/IN Peru/Peru/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) det(6,5) obj(4,6) case(8,7) nmod:with(6,8) punct(2,9)");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(triple(e)).startsWith("CHL PER 03");
      assertThat(e.type().plover().map(PloverType::eventType)).contains("AGREE");
    });
    assertThat(article.events()).noneMatch(e -> e.type().code().equals("019"));
  }

  @Test
  void agreeingThatMinistersWouldMeetIsAnIntentToMeet() {
    // "Chile and Peru agreed that their ministers would meet."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD that/that/IN their/their/PRP$ ministers/minister/NNS would/would/MD "
            + "meet/meet/VB ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(9,5) nmod:poss(7,6) nsubj(9,7) aux(9,8) ccomp(4,9) punct(4,10)");
    assertThat(asserted(article)).contains("CHL PER 036", "PER CHL 036");
  }

  @Test
  void agreeingThatBothShouldCooperateIsAnIntentButAgreeingOnAViewIsAccord() {
    CodedArticle undertaking = code(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD that/that/IN they/they/PRP should/should/MD cooperate/cooperate/VB ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(8,5) nsubj(8,6) aux(8,7) ccomp(4,8) punct(4,9)");
    // The clause of what is to come names the matter, as "agreed to cooperate" does (031).
    assertThat(asserted(undertaking)).contains("CHL PER 031", "PER CHL 031");
    CodedArticle view = code(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION agreed/agree/VBD that/that/IN the/the/DT situation/situation/NN was/be/VBD grave/grave/JJ ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(9,5) det(7,6) nsubj(9,7) cop(9,8) ccomp(4,9) punct(4,10)");
    assertThat(asserted(view)).contains("CHL PER 019", "PER CHL 019");
  }

  @Test
  void agreeingToAnExtensionConcernsTheActorNamedInsideIt() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION agreed/agree/VBD to/to/TO an/a/DT extension/extension/NN of/of/IN the/the/DT mission/mission/NN in/in/IN Haiti/Haiti/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:to(2,5) case(8,6) det(8,7) nmod:of(5,8) case(10,9) nmod:in(8,10) punct(2,11)");
    assertThat(asserted(article)).containsExactly("CHL HTI 030");
  }

  @Test
  void failingToReachAgreementIsARejectionByBothSides() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION and/and/CC Peru/Peru/NNP/LOCATION failed/fail/VBD to/to/TO reach/reach/VB agreement/agreement/NN ././.",
        "nsubj(4,1) cc(3,2) conj:and(1,3) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) nsubj:xsubj(6,1) nsubj:xsubj(6,3) obj(6,7) punct(4,8)");
    assertThat(asserted(article)).containsExactlyInAnyOrder("CHL PER 120", "PER CHL 120");
  }

  @Test
  void refusingAdmittanceToPeopleIsARejectionOfThem() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION refused/refuse/VBD admittance/admittance/NN to/to/IN Peruvians/Peruvians/NNPS/MISC ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:to(3,5) punct(2,6)");
    assertThat(article.events()).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("CHL");
      assertThat(e.target().flatMap(t -> t.country())).contains("PER");
      assertThat(e.type().code()).isEqualTo("120");
    });
  }

  @Test
  void decliningToResignDespitePressureIsARefusalToTheLeadersCountry() {
    CodedArticle article = code(
        "The/the/DT Chilean/Chilean/JJ president/president/NN declined/decline/VBD to/to/TO resign/resign/VB despite/despite/IN pressure/pressure/NN ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) nsubj:xsubj(6,3) case(8,7) obl:despite(4,8) punct(4,9)");
    assertThat(asserted(article)).containsExactly("CHLGOV CHL 1231");
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("0831")).allSatisfy(e -> assertThat(e.negated()).isTrue());
  }

  @Test
  void aResignationIsAPloverRetreat() {
    CodedArticle article = code(
        "The/the/DT Chilean/Chilean/JJ president/president/NN resigned/resign/VBD ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) punct(4,5)");
    assertThat(article.events()).singleElement().satisfies(e -> {
      assertThat(e.type().code()).isEqualTo("0831");
      assertThat(e.type().plover()).contains(new PloverType("RETREAT", Optional.of("resign"), List.of("political_institutions")));
    });
  }

  @Test
  void urgingOthersToSupportAThirdPartyRalliesSupportForIt() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION urged/urge/VBD Peru/Peru/NNP/LOCATION to/to/TO support/support/VB Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) xcomp(2,5) nsubj:xsubj(5,3) obj(5,6) punct(2,7)");
    assertThat(asserted(article)).contains("CHL BOL 053");
    assertThat(article.events()).anySatisfy(e -> assertThat(triple(e)).startsWith("CHL PER 02"));
  }

  @Test
  void callingOnOthersToMobilizeAgainstAThirdPartyRalliesOppositionAgainstIt() {
    // "Chile called Thursday on Peruvians to mobilize against Bolivia", with "on" read as the
    // marker of "mobilize" two words after the verb.
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION called/call/VBD Thursday/Thursday/NNP/DATE on/on/IN Peruvians/Peruvians/NNPS/MISC to/to/TO mobilize/mobilize/VB against/against/IN Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obl:tmod(2,3) mark(7,4) nsubj(7,5) mark(7,6) advcl:to(2,7) case(9,8) obl:against(7,9) punct(2,10)");
    assertThat(asserted(article)).contains("CHL BOL 113");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("CHL");
      assertThat(e.target().flatMap(t -> t.country())).contains("PER");
      assertThat(e.type().rootCode()).isEqualTo("02");
    });
  }

  @Test
  void allowingACandidateToRunEasesTheBanOnHim() {
    CodedArticle article = code(
        "The/the/DT Chilean/Chilean/JJ court/court/NN allowed/allow/VBD Peruvian/Peruvian/JJ opposition/opposition/NN leader/leader/NN Juan/Juan/NNP/PERSON Ortega/Ortega/NNP/PERSON to/to/TO participate/participate/VB in/in/IN the/the/DT elections/election/NNS ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) amod(9,5) compound(9,6) compound(9,7) compound(9,8) obj(4,9) mark(11,10) xcomp(4,11) nsubj:xsubj(11,9) case(14,12) det(14,13) obl:in(11,14) punct(4,15)");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("CHLJUD");
      assertThat(e.target().map(t -> t.name())).contains("Juan Ortega");
      assertThat(e.type().code()).isEqualTo("0812");
    });
  }

  @Test
  void allowingADeliveryIsAimedAtWhomItGoesTo() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION allowed/allow/VBD the/the/DT delivery/delivery/NN of/of/IN grain/grain/NN to/to/IN Bolivia/Bolivia/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) case(8,7) nmod:to(4,8) punct(2,9)");
    assertThat(asserted(article)).containsExactly("CHL BOL 0863");
  }

  @Test
  void anUnknownOfficeHolderBelongsToTheOwnerOfTheTitle() {
    // "Chile summoned Peru's ambassador Juan Ortega", the possessor parsed on "ambassador".
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION summoned/summon/VBD Peru/Peru/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN Juan/Juan/NNP/PERSON Ortega/Ortega/NNP/PERSON ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) compound(7,5) compound(7,6) obj(2,7) punct(2,8)");
    assertThat(article.events()).isNotEmpty().allSatisfy(e -> assertThat(e.target().map(t -> t.code())).contains("PERGOV"));
  }

  @Test
  void renegingOnACommitmentIsAimedAtWhomItWasMadeTo() {
    CodedArticle article = code(
        "The/the/DT Chilean/Chilean/JJ president/president/NN reneged/renege/VBD on/on/IN his/he/PRP$ commitment/commitment/NN to/to/IN Bolivia/Bolivia/NNP/LOCATION ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) case(7,5) nmod:poss(7,6) obl:on(4,7) case(9,8) nmod:to(7,9) punct(4,10)");
    assertThat(asserted(article)).contains("CHLGOV BOL 127");
    CodedArticle ownPeople = code(
        "The/the/DT Chilean/Chilean/JJ president/president/NN reneged/renege/VBD on/on/IN his/he/PRP$ commitment/commitment/NN to/to/IN the/the/DT Chilean/Chilean/JJ people/person/NNS ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) case(7,5) nmod:poss(7,6) obl:on(4,7) case(11,8) det(11,9) amod(11,10) nmod:to(7,11) punct(4,12)");
    assertThat(asserted(ownPeople)).contains("CHLGOV CHLCVL 127");
  }

  @Test
  void enhancingPoliticalFreedomsEasesRestrictionsForTheCountrysPeople() {
    CodedArticle article = code(
        "The/the/DT Chilean/Chilean/JJ president/president/NN enhanced/enhance/VBD political/political/JJ freedoms/freedom/NNS ././.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7)");
    assertThat(asserted(article)).containsExactly("CHLGOV CHLCVL 0811");
  }

  @Test
  void peacekeepersArrivingAreProvidedByTheirSideAndReceivedByTheHost() {
    CodedArticle article = code(
        "Peruvian/Peruvian/JJ peacekeeping/peacekeeping/NN troops/troop/NNS arrived/arrive/VBD in/in/IN Haiti/Haiti/NNP/LOCATION ././.",
        "amod(3,1) compound(3,2) nsubj(4,3) root(0,4) case(6,5) obl:in(4,6) punct(4,7)");
    assertThat(asserted(article)).containsExactlyInAnyOrder("PERMIL HTI 074", "HTI PERMIL 0861");
    CodedArticle visit = code(
        "Peruvian/Peruvian/JJ troops/troop/NNS arrived/arrive/VBD in/in/IN Haiti/Haiti/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)");
    assertThat(asserted(visit)).containsExactly("PERMIL HTI 042");
  }

  @Test
  void askingOthersToCooperateWithTheAskerRalliesNoOne() {
    CodedArticle article = code(
        "IAEA/IAEA/NNP/ORGANIZATION chief/chief/NN Rafael/Rafael/NNP/PERSON Grossi/Grossi/NNP/PERSON urged/urge/VBD Iran/Iran/NNP/LOCATION to/to/TO resume/resume/VB cooperation/cooperation/NN with/with/IN the/the/DT IAEA/IAEA/NNP/ORGANIZATION ././.",
        "compound(4,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) mark(8,7) xcomp(5,8) nsubj:xsubj(8,6) obj(8,9) case(12,10) det(12,11) nmod:with(9,12) punct(5,13)");
    assertThat(article.events()).isNotEmpty().noneMatch(e -> e.type().code().equals("053"));
  }

  @Test
  void anInvestigationByThoseSentSomewhereIsAimedAtWhereTheyGo() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION will/will/MD send/send/VB experts/expert/NNS to/to/IN Peru/Peru/NNP/LOCATION to/to/TO investigate/investigate/VB an/a/DT outbreak/outbreak/NN ././.",
        "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(6,5) obl:to(3,6) mark(8,7) advcl:to(3,8) det(10,9) obj(8,10) punct(3,11)");
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(triple(e)).isEqualTo("CHL PER 090");
      assertThat(e.modality()).isEqualTo(dev.annals.model.Modality.INTENDED);
    });
  }

  @Test
  void anInvestigationOfAMatterStandsWithoutATarget() {
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION 's/'s/POS court/court/NN opened/open/VBD a/a/DT hearing/hearing/NN into/into/IN the/the/DT legality/legality/NN of/of/IN the/the/DT methods/method/NNS ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) obj(4,6) case(9,7) det(9,8) nmod:into(6,9) case(12,10) det(12,11) nmod:of(9,12) punct(4,13)");
    assertThat(asserted(article)).containsExactly("CHLJUD - 090");
  }
}
