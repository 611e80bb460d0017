package dev.annals.coding;

import static dev.annals.coding.HandCoding.code;
import static dev.annals.coding.HandCoding.triple;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Groups named without a country ("police", "protesters") placed by what the article tells of them. */
class GroupCountriesTest {
  // "Uganda welcomed Ugandan exporters and Ugandan farmers.": makes Uganda the article's home country.
  private static final String UGANDA_FIRST = "Uganda/Uganda/NNP/LOCATION welcomed/welcome/VBD Ugandan/Ugandan/JJ/MISC exporters/exporter/NNS and/and/CC "
      + "Ugandan/Ugandan/JJ/MISC farmers/farmer/NNS ././.";
  private static final String UGANDA_FIRST_EDGES = "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) cc(7,5) amod(7,6) conj:and(4,7) punct(2,8)";

  @Test
  void policeToldOfByAStatesGovernmentAreThatStatesNotTheHomeCountrys() {
    // "... Police fired tear gas at protesters, Kenya's government said."
    var article = code(new HandBuiltText().sentence(UGANDA_FIRST, UGANDA_FIRST_EDGES).sentence(
        "Police/police/NN fired/fire/VBD tear/tear/JJ gas/gas/NN at/at/IN protesters/protester/NNS ,/,/, Kenya/Kenya/NNP/LOCATION 's/'s/POS government/government/NN "
            + "said/say/VBD ././.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) case(6,5) obl:at(2,6) punct(2,7) nmod:poss(10,8) case(8,9) nsubj(11,10) parataxis(2,11) punct(2,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("KENCOP KENCVL 17"));
  }

  @Test
  void policeOfNoCountryAreOfTheCountryWhereTheStoryOpensNotOfTheCountryNamedMost() {
    // "A gunman shot Japanese tourists in Cairo. Japan condemned the attack. Police arrested two
    // suspects.": Japan is named most, but the police who arrest are Egypt's.
    var article = code(new HandBuiltText()
        .sentence("A/a/DT gunman/gunman/NN shot/shoot/VBD Japanese/Japanese/JJ/MISC tourists/tourist/NNS in/in/IN Cairo/Cairo/NNP/LOCATION ././.",
            "det(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)")
        .sentence("Japan/Japan/NNP/LOCATION condemned/condemn/VBD the/the/DT attack/attack/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Police/police/NNS arrested/arrest/VBD two/two/CD suspects/suspect/NNS ././.", "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("EGYCOP EGY") && t.endsWith(" 173"))
        .noneMatch(t -> t.startsWith("JPNCOP"));
  }

  @Test
  void policeOfNoCountryAreOfTheCountryWhoseDistrictTheStoryOpensIn() {
    // "Workers protested at a mine in Zimbabwe's Goromonzi district. Police arrested workers.
    // China condemned the arrests. China warned Chinese companies.": China is named most, and the
    // gazetteer knows no Goromonzi, but the district is Zimbabwe's and so are the police.
    var article = code(new HandBuiltText()
        .sentence("Workers/worker/NNS protested/protest/VBD at/at/IN a/a/DT mine/mine/NN in/in/IN Zimbabwe/Zimbabwe/NNP/LOCATION ~'s/'s/POS "
            + "Goromonzi/Goromonzi/NNP district/district/NN ././.",
            "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:at(2,5) case(10,6) nmod:poss(10,7) case(7,8) compound(10,9) nmod:in(5,10) punct(2,11)")
        .sentence("Police/police/NNS arrested/arrest/VBD workers/worker/NNS ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("China/China/NNP/LOCATION condemned/condemn/VBD the/the/DT arrests/arrest/NNS ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("China/China/NNP/LOCATION warned/warn/VBD Chinese/Chinese/JJ/MISC companies/company/NNS ././.", "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ZWECOP ") && t.endsWith(" 173"))
        .noneMatch(t -> t.startsWith("CHNCOP"));
  }

  @Test
  void aStoryOpeningNearACountrysTownTheGazetteerDoesNotKnowHappensInThatCountry() {
    // "A German lorry hit a car near the Lithuanian town of Rukla.": the first place the lead
    // names that is no country is Rukla, unknown; "Lithuanian town of" places it.
    String text = "A German lorry hit a car near the Lithuanian town of Rukla.";
    var germany = new dev.annals.model.Place("Germany", java.util.Optional.of("DEU"), 51, 10, dev.annals.model.PlaceKind.COUNTRY, 83_000_000, java.util.Optional.empty());
    var lithuania = new dev.annals.model.Place("Lithuania", java.util.Optional.of("LTU"), 55, 24, dev.annals.model.PlaceKind.COUNTRY, 2_800_000, java.util.Optional.empty());
    int german = text.indexOf("German");
    int lithuanian = text.indexOf("Lithuanian");
    var places = java.util.List.of(new dev.annals.model.PlaceMention(new dev.annals.model.Span(german, german + 6), "German", germany),
        new dev.annals.model.PlaceMention(new dev.annals.model.Span(lithuanian, lithuanian + 10), "Lithuanian", lithuania));
    assertThat(GroupCountries.sceneOfLead(new dev.annals.model.Span(0, text.length()), places, text)).contains("LTU");
    assertThat(GroupCountries.sceneOfLead(new dev.annals.model.Span(0, text.length()), places, text.replace("town of Rukla", "border"))).isEmpty();
  }

  @Test
  void localOfficialsOfNoCountryAreOfTheCountryWhereTheStoryOpens() {
    // "Workers protested at a mine in Zimbabwe's Goromonzi district. China condemned the protest.
    // China warned Chinese companies. Workers urged local officials to act.": China is named most.
    var article = code(new HandBuiltText()
        .sentence("Workers/worker/NNS protested/protest/VBD at/at/IN a/a/DT mine/mine/NN in/in/IN Zimbabwe/Zimbabwe/NNP/LOCATION ~'s/'s/POS "
            + "Goromonzi/Goromonzi/NNP district/district/NN ././.",
            "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:at(2,5) case(10,6) nmod:poss(10,7) case(7,8) compound(10,9) nmod:in(5,10) punct(2,11)")
        .sentence("China/China/NNP/LOCATION condemned/condemn/VBD the/the/DT protest/protest/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("China/China/NNP/LOCATION warned/warn/VBD Chinese/Chinese/JJ/MISC companies/company/NNS ././.", "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence("Workers/worker/NNS urged/urge/VBD local/local/JJ officials/official/NNS to/to/TO act/act/VB ././.",
            "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) nsubj:xsubj(6,4) mark(6,5) xcomp(2,6) punct(2,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.contains(" ZWEGOV ") && t.contains(" 02"))
        .noneMatch(t -> t.contains(" CHNGOV 02"));
  }

  @Test
  void prosecutorsOfNoCountryAreOfTheCountryWhereTheStoryOpens() {
    // "Workers protested at a mine in Zimbabwe's Goromonzi district. Prosecutors arrested workers.
    // China condemned the arrests. China warned Chinese companies."
    var article = code(new HandBuiltText()
        .sentence("Workers/worker/NNS protested/protest/VBD at/at/IN a/a/DT mine/mine/NN in/in/IN Zimbabwe/Zimbabwe/NNP/LOCATION ~'s/'s/POS "
            + "Goromonzi/Goromonzi/NNP district/district/NN ././.",
            "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:at(2,5) case(10,6) nmod:poss(10,7) case(7,8) compound(10,9) nmod:in(5,10) punct(2,11)")
        .sentence("Prosecutors/prosecutor/NNS arrested/arrest/VBD workers/worker/NNS ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("China/China/NNP/LOCATION condemned/condemn/VBD the/the/DT arrests/arrest/NNS ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("China/China/NNP/LOCATION warned/warn/VBD Chinese/Chinese/JJ/MISC companies/company/NNS ././.", "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ZWEJUD ") && t.endsWith(" 173"))
        .noneMatch(t -> t.startsWith("CHNJUD"));
  }

  @Test
  void aMinistryOfNoCountryAfterAnEmbassySpokeIsNotTheEmbassysStates() {
    // "Zimbabwe arrested Chinese workers. China's embassy in Harare criticised the arrests. The
    // mines ministry criticised China.": an embassy speaks for its state abroad; the
    // ministry that speaks next is the host's.
    var article = code(new HandBuiltText()
        .sentence("Zimbabwe/Zimbabwe/NNP/LOCATION arrested/arrest/VBD Chinese/Chinese/JJ/MISC workers/worker/NNS ././.", "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence("China/China/NNP/LOCATION ~'s/'s/POS embassy/embassy/NN in/in/IN Harare/Harare/NNP/LOCATION criticised/criticise/VBD the/the/DT arrests/arrest/NNS ././.",
            "nmod:poss(3,1) case(1,2) nsubj(6,3) case(5,4) nmod:in(3,5) root(0,6) det(8,7) obj(6,8) punct(6,9)")
        .sentence("The/the/DT mines/mine/NNS ministry/ministry/NN criticised/criticise/VBD China/China/NNP/LOCATION ././.",
            "det(3,1) compound(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ZWEGOV CHN") && t.endsWith(" 111"))
        .noneMatch(t -> t.startsWith("CHNGOV CHN"));
  }

  @Test
  void policeSentAbroadAreNotThePoliceOfWhereTheStoryHappens() {
    // "Rioters attacked shops in Honiara. Australia sent Australian police officers. Police
    // arrested 46 people.": the police who arrest are the Solomon Islands'.
    var article = code(new HandBuiltText()
        .sentence("Rioters/rioter/NNS attacked/attack/VBD shops/shop/NNS in/in/IN Honiara/Honiara/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:in(2,5) punct(2,6)")
        .sentence("Australia/Australia/NNP/LOCATION sent/send/VBD Australian/Australian/JJ/MISC police/police/NN officers/officer/NNS ././.",
            "nsubj(2,1) root(0,2) amod(5,3) compound(5,4) obj(2,5) punct(2,6)")
        .sentence("Police/police/NNS arrested/arrest/VBD 46/46/CD people/people/NNS ././.", "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("SLBCOP ") && t.endsWith(" 173"))
        .noneMatch(t -> t.startsWith("AUSCOP") && t.endsWith(" 173"));
  }

  @Test
  void anOppositionOfNoCountryInAStoryOfNoHomeIsOfWhereItHappensAndAccusesItsOwnLeader() {
    // "Rioters attacked shops in Honiara. Australia criticised China. China criticised Australia.
    // Opposition leaders accused the prime minister.": no country is named most; the opposition
    // and its prime minister are the Solomon Islands'.
    var article = code(new HandBuiltText()
        .sentence("Rioters/rioter/NNS attacked/attack/VBD shops/shop/NNS in/in/IN Honiara/Honiara/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:in(2,5) punct(2,6)")
        .sentence("Australia/Australia/NNP/LOCATION criticised/criticise/VBD China/China/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("China/China/NNP/LOCATION criticised/criticise/VBD Australia/Australia/NNP/LOCATION ././.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .sentence("Opposition/opposition/NN leaders/leader/NNS accused/accuse/VBD the/the/DT prime/prime/JJ minister/minister/NN ././.",
            "compound(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) punct(3,7)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("SLBOPP SLBGOV 112");
  }

  @Test
  void policeOfNoCountryAreTheOneCountrysPoliceTheArticleNames() {
    // "Kenyan police arrested two smugglers in Kampala. Police arrested three more men.": not
    // Uganda's, where the story opens.
    var article = code(new HandBuiltText()
        .sentence("Kenyan/Kenyan/JJ/MISC police/police/NNS arrested/arrest/VBD two/two/CD smugglers/smuggler/NNS in/in/IN Kampala/Kampala/NNP/LOCATION ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)")
        .sentence("Police/police/NNS arrested/arrest/VBD three/three/CD more/more/JJR men/man/NNS ././.", "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)"));
    assertThat(article.events()).filteredOn(e -> e.mentions().get(0).sentence() == 1).isNotEmpty()
        .allMatch(e -> e.source().code().equals("KENCOP"));
  }

  @Test
  void policeOfNoCountryAreNotThePoliceTheArticleNamesOnlyLater() {
    // "Police arrested two smugglers in Kampala. Kenyan police arrested three more men.": the
    // police of the first sentence are Uganda's, where the story opens.
    var article = code(new HandBuiltText()
        .sentence("Police/police/NNS arrested/arrest/VBD two/two/CD smugglers/smuggler/NNS in/in/IN Kampala/Kampala/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(6,5) obl:in(2,6) punct(2,7)")
        .sentence("Kenyan/Kenyan/JJ/MISC police/police/NNS arrested/arrest/VBD three/three/CD more/more/JJR men/man/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)"));
    assertThat(article.events()).filteredOn(e -> e.mentions().get(0).sentence() == 0).isNotEmpty()
        .allMatch(e -> e.source().code().equals("UGACOP"));
  }

  @Test
  void localPeopleAreOfTheStateThatTellsOfThemAndStaySoWhenNamedAgain() {
    // "The Solomon Islands government said Papua New Guinea's police had detained two local men.
    // Papua New Guinea's police said the men had been released."
    var article = code(new HandBuiltText()
        .sentence("The/the/DT Solomon/Solomon/NNP/LOCATION Islands/Islands/NNPS/LOCATION government/government/NN said/say/VBD Papua/Papua/NNP/LOCATION "
                + "New/New/NNP/LOCATION Guinea/Guinea/NNP/LOCATION 's/'s/POS police/police/NN had/have/VBD detained/detain/VBN two/two/CD local/local/JJ "
                + "men/man/NNS ././.",
            "det(4,1) compound(3,2) compound(4,3) nsubj(5,4) root(0,5) compound(8,6) compound(8,7) nmod:poss(10,8) case(8,9) nsubj(12,10) aux(12,11) "
                + "ccomp(5,12) nummod(15,13) amod(15,14) obj(12,15) punct(5,16)")
        .sentence("Papua/Papua/NNP/LOCATION New/New/NNP/LOCATION Guinea/Guinea/NNP/LOCATION 's/'s/POS police/police/NN said/say/VBD the/the/DT men/man/NNS "
                + "had/have/VBD been/be/VBN released/release/VBN ././.",
            "compound(3,1) compound(3,2) nmod:poss(5,3) case(3,4) nsubj(6,5) root(0,6) det(8,7) nsubj:pass(11,8) aux(11,9) aux:pass(11,10) ccomp(6,11) punct(6,12)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("PNGCOP SLBCVL 173", "PNGCOP SLBCVL 0841");
  }

  @Test
  void aCrowdOfNoCountryIsOfTheCountryWhereTheStoryOpens() {
    // "Zimbabwe summoned the South African envoy over riots in Durban. Mobs attacked Zimbabwean
    // traders. Zimbabwe condemned the attack.": Zimbabwe is named most, but the mobs are South
    // Africa's people.
    var article = code(new HandBuiltText()
        .sentence("Zimbabwe/Zimbabwe/NNP/LOCATION summoned/summon/VBD the/the/DT South/South/JJ/MISC African/African/JJ/MISC envoy/envoy/NN over/over/IN "
            + "riots/riot/NNS in/in/IN Durban/Durban/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(6,3) amod(6,4) amod(6,5) obj(2,6) case(8,7) obl:over(2,8) case(10,9) nmod:in(8,10) punct(2,11)")
        .sentence("Mobs/mob/NNS attacked/attack/VBD Zimbabwean/Zimbabwean/JJ/MISC traders/trader/NNS ././.", "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) punct(2,5)")
        .sentence("Zimbabwe/Zimbabwe/NNP/LOCATION condemned/condemn/VBD the/the/DT attack/attack/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ZAFCVL ZWE")).noneMatch(t -> t.startsWith("ZWECVL"));
  }

  @Test
  void civiliansOfNoCountryActedOnAreNotPlacedByTheScene() {
    // "Zimbabwe summoned the South African envoy over riots in Durban. Zimbabwe promised aid to
    // civilians.": the scene places crowds that act, not the people a state acts for.
    var article = code(new HandBuiltText()
        .sentence("Zimbabwe/Zimbabwe/NNP/LOCATION summoned/summon/VBD the/the/DT South/South/JJ/MISC African/African/JJ/MISC envoy/envoy/NN over/over/IN "
            + "riots/riot/NNS in/in/IN Durban/Durban/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) det(6,3) amod(6,4) amod(6,5) obj(2,6) case(8,7) obl:over(2,8) case(10,9) nmod:in(8,10) punct(2,11)")
        .sentence("Zimbabwe/Zimbabwe/NNP/LOCATION promised/promise/VBD aid/aid/NN to/to/IN civilians/civilian/NNS ././.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("ZWE ZAFCVL"));
  }

  @Test
  void theClosingAttributionMayHangOnTheLastOfJoinedClauses() {
    // "... Police fired tear gas at protesters and two officers were hurt, Kenya's government said."
    var article = code(new HandBuiltText().sentence(UGANDA_FIRST, UGANDA_FIRST_EDGES).sentence(
        "Police/police/NN fired/fire/VBD tear/tear/JJ gas/gas/NN at/at/IN protesters/protester/NNS and/and/CC two/two/CD officers/officer/NNS were/be/VBD hurt/hurt/VBN "
            + ",/,/, Kenya/Kenya/NNP/LOCATION 's/'s/POS government/government/NN said/say/VBD ././.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) case(6,5) obl:at(2,6) cc(11,7) nummod(9,8) nsubj:pass(11,9) aux:pass(11,10) conj:and(2,11) punct(11,12) "
            + "nmod:poss(15,13) case(13,14) nsubj(16,15) parataxis(11,16) punct(2,17)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("KENCOP KENCVL 17"));
  }

  @Test
  void aGroupNamedAgainByItsDeedIsWhereTheDeedPlacedIt() {
    // "Protesters attacked Uganda's embassy in Nairobi. Uganda condemned the attack.": the
    // condemnation, of no place, is aimed at the Kenyan protesters.
    var article = code(new HandBuiltText()
        .sentence("Protesters/protester/NNS attacked/attack/VBD Uganda/Uganda/NNP/LOCATION 's/'s/POS embassy/embassy/NN in/in/IN Nairobi/Nairobi/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) nmod:in(5,7) punct(2,8)")
        .sentence("Uganda/Uganda/NNP/LOCATION condemned/condemn/VBD the/the/DT attack/attack/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("UGA KENCVL 11"));
  }

  // "Guinea thanked Senegal, Mali and Niger.": four countries, none with half the mentions.
  private static final String FOUR_COUNTRIES = "Guinea/Guinea/NNP/LOCATION thanked/thank/VBD Senegal/Senegal/NNP/LOCATION ,/,/, Mali/Mali/NNP/LOCATION and/and/CC "
      + "Niger/Niger/NNP/LOCATION ././.";
  private static final String FOUR_COUNTRIES_EDGES = "nsubj(2,1) root(0,2) obj(2,3) punct(5,4) conj:and(3,5) cc(7,6) conj:and(3,7) obj(2,5) obj(2,7) punct(2,8)";

  @Test
  void aStateBranchOfNoCountryThatACountrysPeopleProtestAtIsTheirs() {
    // "... Malian students marched on parliament."
    var article = code(new HandBuiltText().sentence(FOUR_COUNTRIES, FOUR_COUNTRIES_EDGES).sentence(
        "Malian/Malian/JJ/MISC students/student/NNS marched/march/VBD on/on/IN parliament/parliament/NN ././.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:on(3,5) punct(3,6)"));
    assertThat(article.events()).extracting(e -> triple(e)).contains("MLIEDU MLILEG 141");
  }

  @Test
  void withNoHomeCountryAnOfficialOfNoCountryWhoDealsWithAnotherStateIsOfTheCountryNamedMost() {
    // "... Guinea welcomed the decision. Foreign Minister Ali Diallo met Chad's president."
    var article = code(new HandBuiltText().sentence(FOUR_COUNTRIES, FOUR_COUNTRIES_EDGES)
        .sentence("Guinea/Guinea/NNP/LOCATION welcomed/welcome/VBD the/the/DT decision/decision/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)")
        .sentence("Foreign/Foreign/NNP Minister/Minister/NNP Ali/Ali/NNP/PERSON Diallo/Diallo/NNP/PERSON met/meet/VBD Chad/Chad/NNP/LOCATION 's/'s/POS president/president/NN ././.",
            "compound(2,1) compound(4,2) compound(4,3) nsubj(5,4) root(0,5) nmod:poss(8,6) case(6,7) obj(5,8) punct(5,9)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("GINGOV TCDGOV 04"));
  }

  @Test
  void aStateBranchDoneToIsOfTheCountryTheArticleNamesMost() {
    // "Guinea thanked Senegal, Mali and Niger. ECOWAS ended travel bans on members of the junta.
    // Guinea welcomed the decision.": no country has half the mentions, Guinea has the most.
    var article = code(new HandBuiltText()
        .sentence("Guinea/Guinea/NNP/LOCATION thanked/thank/VBD Senegal/Senegal/NNP/LOCATION ,/,/, Mali/Mali/NNP/LOCATION and/and/CC Niger/Niger/NNP/LOCATION ././.",
            "nsubj(2,1) root(0,2) obj(2,3) punct(5,4) conj:and(3,5) cc(7,6) conj:and(3,7) obj(2,5) obj(2,7) punct(2,8)")
        .sentence("ECOWAS/ECOWAS/NNP/ORGANIZATION ended/end/VBD travel/travel/NN bans/ban/NNS on/on/IN members/member/NNS of/of/IN the/the/DT junta/junta/NN ././.",
            "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) nmod:on(4,6) case(9,7) det(9,8) nmod:of(6,9) punct(2,10)")
        .sentence("Guinea/Guinea/NNP/LOCATION welcomed/welcome/VBD the/the/DT decision/decision/NN ././.", "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("ECOWAS GIN") && t.endsWith(" 081"));
  }

  @Test
  void aTellerPlacesTheTargetsOfItsOwnSidesDeedsOnly() {
    // "... Uganda's army attacked villagers, Kenya's government said.": Kenya tells of Uganda's deed.
    var article = code(new HandBuiltText().sentence(UGANDA_FIRST, UGANDA_FIRST_EDGES).sentence(
        "Uganda/Uganda/NNP/LOCATION 's/'s/POS army/army/NN attacked/attack/VBD villagers/villager/NNS ,/,/, Kenya/Kenya/NNP/LOCATION 's/'s/POS government/government/NN "
            + "said/say/VBD ././.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6) nmod:poss(9,7) case(7,8) nsubj(10,9) parataxis(4,10) punct(4,11)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("UGAMIL UGACVL")).noneMatch(t -> t.contains("KENCVL"));
  }

  @Test
  void aStateBranchAnotherStateAppealsToIsOfTheCountryNamedMostBesideItWhenNoneDominates() {
    // "Peru's president summoned Bolivia's envoy. Chile's foreign minister urged the generals to
    // free prisoners.": no country dominates; the generals Chile urges are not Chile's own.
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN summoned/summon/VBD Bolivia/Bolivia/NNP/LOCATION 's/'s/POS envoy/envoy/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) punct(4,8)")
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN urged/urge/VBD the/the/DT generals/general/NNS to/to/TO free/free/VB "
            + "prisoners/prisoner/NNS ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) det(7,6) obj(5,7) nsubj:xsubj(9,7) mark(9,8) xcomp(5,9) obj(9,10) punct(5,11)"));
    assertThat(article.events()).extracting(e -> triple(e)).anyMatch(t -> t.startsWith("CHLGOV PERMIL 02")).noneMatch(t -> t.startsWith("CHLGOV CHLMIL"));
  }

  @Test
  void otherGovernmentsAStateWarnsAreNoOneCountrys() {
    // "Peru's president summoned Bolivia's envoy. Chile's foreign minister warned other governments.":
    // governments other than those named are of no country the story names.
    var article = code(new HandBuiltText()
        .sentence("Peru/Peru/NNP/LOCATION 's/'s/POS president/president/NN summoned/summon/VBD Bolivia/Bolivia/NNP/LOCATION 's/'s/POS envoy/envoy/NN ././.",
            "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) case(5,6) obj(4,7) punct(4,8)")
        .sentence("Chile/Chile/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN warned/warn/VBD other/other/JJ governments/government/NNS ././.",
            "nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) root(0,5) amod(7,6) obj(5,7) punct(5,8)"));
    assertThat(article.events()).extracting(e -> triple(e)).noneMatch(t -> t.startsWith("CHLGOV PERGOV"));
  }

  @Test
  void anOppositionOfNoCountryInAStoryTwoCountriesShareEquallyIsOfTheOneTheStoryJustTurnedTo() {
    // "New Zealand pledged 5 million dollars … to help Tonga …, New Zealand's foreign ministry said. Tonga's prime minister thanked Wellington and said Tonga would spend the money on schools. On Tuesday, the main opposition party accused the government of wasting earlier aid": each country is named three times; the story has just turned to Tonga.
    var article = code(new HandBuiltText().sentence(
        "New/New/NNP/LOCATION Zealand/Zealand/NNP/LOCATION pledged/pledge/VBD 5/5/CD million/million/CD dollars/dollar/NNS on/on/IN "
            + "Monday/Monday/NNP to/to/TO help/help/VB Tonga/Tonga/NNP/LOCATION rebuild/rebuild/VB after/after/IN a/a/DT cyclone/cyclone/NN ,/,/, "
            + "New/New/NNP/LOCATION Zealand/Zealand/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN said/say/VBD ././.",
        "root(0,3) compound(2,1) nsubj(3,2) obj(3,6) obl:on(3,8) advcl:to(3,10) punct(3,23) compound(5,4) nummod(6,5) case(8,7) mark(10,9) "
            + "ccomp(10,12) nsubj(12,11) obl:after(12,15) case(15,13) det(15,14) punct(15,16) dep(15,22) compound(18,17) case(18,19) "
            + "nmod:poss(21,18) amod(21,20) nsubj(22,21)").sentence(
        "Tonga/Tonga/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN thanked/thank/VBD Wellington/Wellington/NNP/LOCATION "
            + "and/and/CC said/say/VBD Tonga/Tonga/NNP/LOCATION would/would/MD spend/spend/VB the/the/DT money/money/NN on/on/IN "
            + "schools/school/NNS ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,6) conj:and(5,8) dep(5,11) punct(5,16) nsubj(8,4) cc(8,7) obj(8,9) "
            + "aux(11,10) obj(11,13) obl:on(11,15) det(13,12) case(15,14)").sentence(
        "On/on/IN Tuesday/Tuesday/NNP ,/,/, the/the/DT main/main/JJ opposition/opposition/NN party/party/NN accused/accuse/VBD the/the/DT "
            + "government/government/NN of/of/IN wasting/waste/VBG earlier/early/JJR aid/aid/NN ././.",
        "root(0,8) case(2,1) obl:on(8,2) punct(8,3) nsubj(8,7) obj(8,10) advcl:of(8,12) punct(8,15) det(7,4) amod(7,5) compound(7,6) "
            + "det(10,9) case(12,11) obj(12,14) amod(14,13)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("112")).extracting(e -> triple(e)).containsExactly("TONOPP TONGOV 112");
  }

  @Test
  void anOppositionOfNoCountryIsOfTheHomeCountryThoughAnotherStateActedJustBefore() {
    // "Vanuatu's prime minister said … Vanuatu would review a fishing licence. Vanuatu's fisheries minister met officials in Port Vila. Fiji's foreign minister criticised Vanuatu. The opposition leader accused the government of risking jobs": the story is Vanuatu's.
    var article = code(new HandBuiltText().sentence(
        "Vanuatu/Vanuatu/NNP/LOCATION 's/'s/POS prime/prime/JJ minister/minister/NN said/say/VBD on/on/IN Monday/Monday/NNP that/that/WDT "
            + "Vanuatu/Vanuatu/NNP/LOCATION would/would/MD review/review/VB a/a/DT fishing/fishing/NN licence/licence/NN ././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obl:on(5,7) ccomp(5,11) punct(5,15) case(7,6) dep(11,8) nsubj(11,9) "
            + "aux(11,10) obj(11,14) det(14,12) compound(14,13)").sentence(
        "Vanuatu/Vanuatu/NNP/LOCATION 's/'s/POS fisheries/fishery/NNS minister/minister/NN met/meet/VBD officials/official/NNS in/in/IN "
            + "Port/Port/NNP/LOCATION Vila/Vila/NNP/LOCATION ././.",
        "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,6) punct(5,10) nmod:in(6,9) case(9,7) compound(9,8)").sentence(
        "Fiji/Fiji/NNP/LOCATION 's/'s/POS foreign/foreign/JJ minister/minister/NN criticised/criticise/VBD Vanuatu/Vanuatu/NNP/LOCATION "
            + "././.",
        "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,6) punct(5,7)").sentence(
        "The/the/DT opposition/opposition/NN leader/leader/NN accused/accuse/VBD the/the/DT government/government/NN of/of/IN "
            + "risking/risk/VBG jobs/job/NNS ././.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) obj(4,6) obl:of(4,9) punct(4,10) det(6,5) case(9,7) amod(9,8)"), LocalDate.of(2026, 3, 11));
    assertThat(article.events()).filteredOn(e -> e.type().code().equals("112")).extracting(e -> triple(e)).containsExactly("VUTOPP VUTGOV 112");
  }
}
