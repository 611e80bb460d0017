package dev.annals.coding.cameo;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** Whose a thing is, and where a deed done to it happens. */
class OwnersAndPlacesTest {
  // "Protesters attacked Uganda's embassy in Nairobi."
  private static final String ATTACKED =
      "Protesters/protester/NNS attacked/attack/VBD Uganda/Uganda/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Nairobi/Nairobi/NNP/LOCATION ././.";
  private static final String ATTACKED_EDGES = "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) nmod:in(5,7) punct(2,8)";

  @Test
  void anEmbassyIsItsOwnersNotThePlacesWhereItStands() {
    CodedArticle article = code(ATTACKED, ATTACKED_EDGES);
    assertThat(article.events()).extracting(e -> e.target().map(t -> t.code()).orElse("-")).containsOnly("UGAGOV");
  }

  @Test
  void aDeedDoneToAThingInAPlaceHappensThereAndItsDoersAreOfThePlace() {
    CodedArticle article = code(ATTACKED, ATTACKED_EDGES);
    assertThat(article.events()).allMatch(e -> e.place().flatMap(p -> p.country()).equals(java.util.Optional.of("KEN")));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("KENCVL UGAGOV"));
  }

  @Test
  void aThingOfAThingThatStandsForItsOwnerIsTheOwners() {
    // "Chile suspended the licence of a Peruvian-owned plant."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION suspended/suspend/VBD the/the/DT licence/licence/NN of/of/IN a/a/DT Peruvian/Peruvian/JJ/MISC -/-/HYPH owned/own/VBN plant/plant/NN ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(10,5) det(10,6) dep(9,7) punct(9,8) amod(10,9) nmod:of(4,10) punct(2,11)");
    assertThat(article.events()).extracting(e -> e.target().map(t -> t.code()).orElse("-")).anyMatch(t -> t.startsWith("PER"));
  }

  @Test
  void aFirmOfNoNameWhoseLicenceIsSuspendedIsABusinessOfTheStory() {
    // "Chile's aviation authority suspended the charter company's licence."
    CodedArticle article = code(
        "Chile/Chile/NNP/LOCATION 's/'s/POS aviation/aviation/NN authority/authority/NN suspended/suspend/VBD the/the/DT charter/charter/NN company/company/NN "
            + "'s/'s/POS licence/licence/NN ././.",
        "nmod:poss(4,1) case(1,2) compound(4,3) nsubj(5,4) root(0,5) det(8,6) compound(8,7) nmod:poss(10,8) case(8,9) obj(5,10) punct(5,11)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLGOV CHLBUS 172");
  }

  @Test
  void aPlaceNamedWithAPossessiveIsOnePlace() {
    // "Fishermen blocked a highway in Cox's Bazar.": a town of Bangladesh, not Cox in Spain.
    CodedArticle article = code(
        "Fishermen/fisherman/NNS blocked/block/VBD a/a/DT highway/highway/NN in/in/IN Cox/Cox/NNP/LOCATION ~'s/'s/POS Bazar/Bazar/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(8,5) nmod:poss(8,6) case(6,7) obl:in(2,8) punct(2,9)");
    assertThat(article.events()).isNotEmpty().allMatch(e -> e.place().flatMap(p -> p.country()).equals(java.util.Optional.of("BGD")));
  }

  @Test
  void aMonthIsNoPlace() {
    // "Chilean soldiers attacked Peruvian fishermen on March 7." (March is also a town in England.)
    CodedArticle article = code(new dev.annals.coding.HandBuiltText().sentence(
        "Chilean/Chilean/JJ/MISC soldiers/soldier/NNS attacked/attack/VBD Peruvian/Peruvian/JJ/MISC fishermen/fisherman/NNS on/on/IN March/March/NNP 7/7/CD ././.",
        "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) case(7,6) obl:on(3,7) nummod(7,8) punct(3,9)").timex(7, 8, "DATE"));
    assertThat(article.events()).isNotEmpty().allMatch(e -> e.place().isEmpty());
  }

  @Test
  void aThingNamedForItsOwnerStandsForTheOwnerNotThePlace() {
    // "Ukrainian drones struck a Russian depot in Belarus."
    CodedArticle article = code(
        "Ukrainian/Ukrainian/JJ/MISC drones/drone/NNS struck/strike/VBD a/a/DT Russian/Russian/JJ/MISC depot/depot/NN in/in/IN Belarus/Belarus/NNP/LOCATION ././.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) case(8,7) nmod:in(6,8) punct(3,9)");
    assertThat(article.events()).extracting(e -> e.target().map(t -> t.code()).orElse("-")).contains("RUS").doesNotContain("BLR");
  }

  @Test
  void aParticipleGoingOnWithTheDeedHappensWhereItDoes() {
    // "Protesters attacked Uganda's embassy in Nairobi, injuring two Ugandan diplomats.": the
    // parser joins the participle to the verb; the injuring is in Kenya too, by Kenyans.
    CodedArticle article = code(
        "Protesters/protester/NNS attacked/attack/VBD Uganda/Uganda/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Nairobi/Nairobi/NNP/LOCATION ,/,/, "
            + "injuring/injure/VBG two/two/CD Ugandan/Ugandan/JJ/MISC diplomats/diplomat/NNS ././.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) nmod:in(5,7) punct(2,8) conj:and(2,9) nsubj(9,1) nummod(12,10) amod(12,11) obj(9,12) punct(2,13)");
    assertThat(article.events()).extracting(e -> e.mentions().get(0).triggerText()).contains("injuring");
    assertThat(article.events()).allMatch(e -> e.place().flatMap(p -> p.country()).equals(java.util.Optional.of("KEN")));
    assertThat(article.events()).extracting(e -> e.source().code()).containsOnly("KENCVL");
  }

  @Test
  void aGroupComeFromAStateIsOfThatStateWhereverItActs() {
    // "Gunmen who crossed from Afghanistan killed three Chinese workers in Tajikistan."
    CodedArticle article = code(
        "Gunmen/gunman/NNS who/who/WP crossed/cross/VBD from/from/IN Afghanistan/Afghanistan/NNP/LOCATION killed/kill/VBD three/three/CD Chinese/Chinese/JJ/MISC "
            + "workers/worker/NNS in/in/IN Tajikistan/Tajikistan/NNP/LOCATION ././.",
        "nsubj(6,1) nsubj(3,1) ref(1,2) acl:relcl(1,3) case(5,4) obl:from(3,5) root(0,6) nummod(9,7) amod(9,8) obj(6,9) case(11,10) obl:in(6,11) punct(6,12)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("AFGUAF CHN"));
  }

  @Test
  void watersAndATrawlerStandForTheirOwners() {
    // "Chilean soldiers entered Peruvian waters and seized a Peruvian trawler." (A trawler, unlike a
    // fishing boat, is its owners': a business.)
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC soldiers/soldier/NNS entered/enter/VBD Peruvian/Peruvian/JJ/MISC waters/water/NNS and/and/CC seized/seize/VBD a/a/DT "
            + "Peruvian/Peruvian/JJ/MISC trawler/trawler/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) cc(7,6) conj:and(3,7) det(10,8) amod(10,9) obj(7,10) punct(3,11)");
    assertThat(article.events()).extracting(e -> e.type().rootCode() + " " + e.target().map(t -> t.code()).orElse("-"))
        .contains("17 PERBUS").anyMatch(t -> t.endsWith(" PER"));
  }

  @Test
  void aDamStandsForTheCountryThatBuiltIt() {
    // "Chile blamed a new Peruvian dam for the drought."
    assertThat(code("Chile/Chile/NNP/LOCATION blamed/blame/VBD a/a/DT new/new/JJ Peruvian/Peruvian/JJ/MISC dam/dam/NN for/for/IN the/the/DT drought/drought/NN ././.",
        "nsubj(2,1) root(0,2) det(6,3) amod(6,4) amod(6,5) obj(2,6) case(9,7) det(9,8) obl:for(2,9) punct(2,10)").events())
        .extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHL PER 112"));
  }

  @Test
  void immigrationAgentsArePoliceAndEngineersAreCivilians() {
    // "Chilean immigration agents detained ten Peruvian engineers."
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC immigration/immigration/NN agents/agent/NNS detained/detain/VBD ten/ten/CD Peruvian/Peruvian/JJ/MISC engineers/engineer/NNS ././.",
        "amod(3,1) compound(3,2) nsubj(4,3) root(0,4) nummod(7,5) amod(7,6) obj(4,7) punct(4,8)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLCOP PERCVL 173");
  }

  @Test
  void anOrganisationsStaffAreTheOrganisation() {
    // "Chilean police detained nine United Nations staff."
    CodedArticle article = code(
        "Chilean/Chilean/JJ/MISC police/police/NNS detained/detain/VBD nine/nine/CD United/United/NNP/ORGANIZATION Nations/Nations/NNPS/ORGANIZATION staff/staff/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(7,4) compound(6,5) compound(7,6) obj(3,7) punct(3,8)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("CHLCOP UN 173");
  }

  @Test
  void aTownTheGazetteerDoesNotKnowIsInTheCountryItsAdjectiveNames() {
    // "Gunmen attacked soldiers near the Haitian town of Zorblaville."
    CodedArticle article = code("Gunmen/gunman/NNS attacked/attack/VBD soldiers/soldier/NNS near/near/IN the/the/DT Haitian/Haitian/JJ/MISC town/town/NN of/of/IN "
            + "Zorblaville/Zorblaville/NNP/LOCATION ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(7,4) det(7,5) amod(7,6) obl:near(2,7) case(9,8) nmod:of(7,9) punct(2,10)");
    assertThat(article.events()).isNotEmpty().allMatch(e -> e.place().flatMap(p -> p.country()).equals(java.util.Optional.of("HTI")));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("HTIUAF HTIMIL"));
  }

  @Test
  void aWhereClauseHappensAtItsPlace() {
    // "Relatives gathered in Seoul, where they demanded compensation."
    CodedArticle article = code("Relatives/relative/NNS gathered/gather/VBD in/in/IN Seoul/Seoul/NNP/LOCATION ,/,/, where/where/WRB they/they/PRP "
            + "demanded/demand/VBD compensation/compensation/NN ././.",
        "nsubj(2,1) root(0,2) case(4,3) obl:in(2,4) punct(4,5) advmod(8,6) nsubj(8,7) acl:relcl(4,8) obj(8,9) punct(2,10)");
    assertThat(article.events()).filteredOn(e -> e.type().code().startsWith("10")).isNotEmpty()
        .allMatch(e -> e.place().flatMap(p -> p.country()).equals(java.util.Optional.of("KOR")));
  }

  @Test
  void gatheringInACityIsNoMeetingWithItsGovernment() {
    CodedArticle article = code("Relatives/relative/NNS gathered/gather/VBD in/in/IN Seoul/Seoul/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) case(4,3) obl:in(2,4) punct(2,5)");
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.contains("KORGOV"));
  }

  @Test
  void aDepartmentOfForeignAffairsInACapitalIsThatStatesGovernment() {
    // "The Department of Foreign Affairs in Manila rejected Malaysia's protest."
    CodedArticle article = code("The/the/DT Department/Department/NNP of/of/IN Foreign/Foreign/NNP Affairs/Affairs/NNP in/in/IN Manila/Manila/NNP/LOCATION "
            + "rejected/reject/VBD Malaysia/Malaysia/NNP/LOCATION 's/'s/POS protest/protest/NN ././.",
        "det(2,1) nsubj(8,2) case(5,3) compound(5,4) nmod:of(2,5) case(7,6) nmod:in(2,7) root(0,8) nmod:poss(11,9) case(9,10) obj(8,11) punct(8,12)");
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PHLGOV MYS"));
  }

  @Test
  void whomAThingIsKeptForIsNoPartOfThePlaceItIsKeptAt() {
    // "Guinea set aside a depot at the port for Malian importers.": the parser hangs "for Malian
    // importers" on the port.
    CodedArticle article = code("Guinea/Guinea/NNP/LOCATION set/set/VBD aside/aside/RP a/a/DT depot/depot/NN at/at/IN the/the/DT port/port/NN "
            + "for/for/IN Malian/Malian/JJ importers/importer/NNS ././.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) det(5,4) obj(2,5) case(8,6) det(8,7) obl:at(2,8) case(11,9) amod(11,10) nmod:for(8,11) punct(2,12)");
    assertThat(article.events()).extracting(e -> triple(e)).contains("GIN MLIBUS 061");
  }

  @Test
  void oneSuspectActedOnIsTheCriminalsOfThePlaceButNotTheOwnerOfALawyer() {
    // "Chilean police arrested the suspect and two alleged accomplices on Friday. The suspect's
    // lawyer said his client was innocent."
    HandBuiltText text = new HandBuiltText()
        .sentence("Chilean/Chilean/JJ police/police/NNS arrested/arrest/VBD the/the/DT suspect/suspect/NN and/and/CC two/two/CD "
            + "alleged/alleged/JJ accomplices/accomplice/NNS on/on/IN Friday/Friday/NNP ././.",
            "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) obj(3,9) obl:on(3,11) punct(3,12) det(5,4) conj:and(5,9) cc(9,6) "
            + "nummod(9,7) amod(9,8) case(11,10)")
        .sentence("The/the/DT suspect/suspect/NN 's/'s/POS lawyer/lawyer/NN said/say/VBD his/he/PRP$ client/client/NN was/be/VBD "
            + "innocent/innocent/JJ ././.",
            "root(0,5) det(2,1) case(2,3) nmod:poss(4,2) nsubj(5,4) ccomp(5,9) punct(5,10) nmod:poss(7,6) nsubj(9,7) "
            + "cop(9,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("CHLCOP CHLCRM 173").noneMatch(t -> t.startsWith("CHLCRM "));
  }

  @Test
  void aThingNamedByTheGoodsItIsMadeOfStandsForTheirCountry() {
    // "Mexico imposed duties on Japanese steel sheet on Monday."
    HandBuiltText text = new HandBuiltText()
        .sentence("Mexico/Mexico/NNP/LOCATION imposed/impose/VBD duties/duty/NNS on/on/IN Japanese/Japanese/JJ steel/steel/NN "
            + "sheet/sheet/NN on/on/IN Monday/Monday/NNP ././.",
            "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,9) punct(2,10) nmod:on(3,7) case(7,4) amod(7,5) compound(7,6) case(9,8)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("MEX JPN 163");
  }

  @Test
  void aRouteNamedByATownIsThatTownsCountrys() {
    // "Peru said on Monday that it would keep funding the Arica railway corridor."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION said/say/VBD on/on/IN Monday/Monday/NNP that/that/IN it/it/PRP would/would/MD "
            + "keep/keep/VB funding/fund/VBG the/the/DT Arica/Arica/NNP/LOCATION railway/railway/NN corridor/corridor/NN "
            + "././.",
            "root(0,2) nsubj(2,1) obl:on(2,4) ccomp(2,8) punct(2,14) case(4,3) mark(8,5) nsubj(8,6) aux(8,7) xcomp(8,9) "
            + "obj(9,13) det(13,10) compound(13,11) compound(13,12)");
    assertThat(code(text).events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("PER CHL 03") || t.startsWith("PER CHL 07"));
  }

  @Test
  void aPartnershipValuedWithAStateIsPraiseOfIt() {
    // "Peru said it valued its partnership with Chile and would keep funding the Arica railway corridor."
    HandBuiltText text = new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION said/say/VBD it/it/PRP valued/value/VBD its/its/PRP$ partnership/partnership/NN "
            + "with/with/IN Chile/Chile/NNP/LOCATION and/and/CC would/would/MD keep/keep/VB funding/fund/VBG the/the/DT "
            + "Arica/Arica/NNP/LOCATION railway/railway/NN corridor/corridor/NN ././.",
            "root(0,2) nsubj(2,1) ccomp(2,4) ccomp(2,11) punct(2,17) nsubj(4,3) obj(4,6) conj:and(4,11) nsubj(11,3) "
            + "cc(11,9) aux(11,10) xcomp(11,12) nmod:poss(6,5) nmod:with(6,8) case(8,7) obj(12,16) det(16,13) compound(16,14) "
            + "compound(16,15)");
    assertThat(code(text).events()).extracting(e -> triple(e)).contains("PER CHL 051").noneMatch(t -> t.endsWith(" 057"));
  }
}
