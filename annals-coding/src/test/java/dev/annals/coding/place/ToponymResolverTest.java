package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.HandBuiltText;
import dev.annals.coding.actors.ActorDictionary;
import dev.annals.model.PlaceKind;
import dev.annals.model.PlaceMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding and resolving every place of an article, on paragraphs written for these tests. */
class ToponymResolverTest {
  private static ToponymResolver resolver;

  @BeforeAll
  static void load() {
    ActorDictionary dictionary = ActorDictionary.load();
    resolver = new ToponymResolver(Gazetteer.forCountries(dictionary.countries()), dictionary.countries());
  }

  private static List<PlaceMention> places(HandBuiltText text) {
    return resolver.resolve(text.build(LocalDate.of(2009, 3, 20)));
  }

  private static Optional<PlaceMention> named(List<PlaceMention> places, String text) {
    return places.stream().filter(p -> p.text().equals(text)).findFirst();
  }

  @Test
  void aPlaceAfterAnUnknownWordAndAHyphenIsPartOfALongerName() {
    // "Kye-Ossi", a town of Cameroon the gazetteer does not know, is not Ossi in Sardinia.
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Traders/trader/NNS in/in/IN Kye/Kye/NNP/LOCATION ~-/-/HYPH ~Ossi/Ossi/NNP/LOCATION protested/protest/VBD ./././O", ""));
    assertThat(named(places, "Ossi")).isEmpty();
    // After a combining form or a party's abbreviation, the place is named on its own.
    List<PlaceMention> border = places(new HandBuiltText()
        .sentence("Troops/troop/NNS massed/mass/VBD on/on/IN the/the/DT Indo/Indo/NNP ~-/-/HYPH ~Pakistan/Pakistan/NNP/LOCATION border/border/NN ./././O", "")
        .sentence("Senator/senator/NNP Larry/Larry/NNP/PERSON Pogemiller/Pogemiller/NNP/PERSON ,/,/, DFL/DFL/NNP ~-/-/HYPH ~Minneapolis/Minneapolis/NNP/LOCATION ,/,/, spoke/speak/VBD ./././O", ""));
    assertThat(named(border, "Pakistan")).isPresent();
    assertThat(named(border, "Minneapolis")).isPresent();
  }

  @Test
  void aCapitalAfterAPlacePrepositionIsThePlaceWhateverItsTag() {
    // The tagger reads "Male" as an adjective.
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("A/a/DT fire/fire/NN broke/break/VBD out/out/RP in/in/IN Male/male/JJ on/on/IN Saturday/Saturday/NNP ./././O", ""));
    assertThat(named(places, "Male")).get().satisfies(p -> assertThat(p.place().country()).contains("MDV"));
    assertThat(places(new HandBuiltText().sentence("Male/male/JJ workers/worker/NNS protested/protest/VBD ./././O", ""))).isEmpty();
  }

  @Test
  void aNameOfSeveralWordsAfterAPlacePrepositionIsWholeWhateverTheTagsOfItsWords() {
    // The tagger reads "Sad" as an adjective; "Novi" alone is a town in Michigan.
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Students/student/NNS marched/march/VBD through/through/IN Novi/Novi/NNP Sad/sad/JJ on/on/IN Wednesday/Wednesday/NNP ./././O", ""));
    assertThat(named(places, "Novi Sad")).get().satisfies(p -> assertThat(p.place().country()).contains("SRB"));
    assertThat(named(places, "Novi")).isEmpty();
  }

  @Test
  void aWordThatAParticleJoinsToAnUnknownNameIsPartOfThatName() {
    // "Puerta del Sol", a square in Madrid the gazetteer does not know: "Sol" is no village of Poland.
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Victims/victim/NNS held/hold/VBD a/a/DT vigil/vigil/NN in/in/IN Puerta/Puerta/NNP/LOCATION del/del/NNP/LOCATION Sol/Sol/NNP/LOCATION ./././O", ""));
    assertThat(named(places, "Sol")).isEmpty();
    // A known name after the particle's name is still read on its own.
    List<PlaceMention> city = places(new HandBuiltText()
        .sentence("Victims/victim/NNS marched/march/VBD in/in/IN Puerta/Puerta/NNP/LOCATION del/del/NNP/LOCATION Sol/Sol/NNP/LOCATION in/in/IN Madrid/Madrid/NNP/LOCATION ./././O", ""));
    assertThat(named(city, "Madrid")).isPresent();
    // A country after the particle stays itself: "the Tour de France" names France.
    List<PlaceMention> race = places(new HandBuiltText()
        .sentence("He/he/PRP won/win/VBD the/the/DT Tour/Tour/NNP/MISC de/de/IN France/France/NNP/LOCATION ./././O", ""));
    assertThat(named(race, "France")).isPresent();
  }

  @Test
  void aDatelineStateAbbreviationPlacesItsCity() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("GAINESVILLE/gainesville/NNP/LOCATION ,/,/, Ga./Ga./NNP/LOCATION --/--/: The/the/DT council/council/NN met/meet/VBD ./././O", ""));
    assertThat(named(places, "GAINESVILLE")).get().satisfies(p -> {
      assertThat(p.place().country()).contains("USA");
      assertThat(p.place().latitude()).isBetween(34.0, 34.6); // Gainesville, Georgia, not Florida
    });
    assertThat(named(places, "Ga.")).get().satisfies(p -> {
      assertThat(p.place().name()).isEqualTo("Georgia");
      assertThat(p.place().kind()).isEqualTo(PlaceKind.ADMINISTRATIVE_REGION);
    });
  }

  @Test
  void aStateAbbreviationEndingASentenceKeepsItsDot() {
    // The tokenizer splits the dot of "Ga." off at a sentence's end: "Lumpkin , Ga ."
    HandBuiltText text = new HandBuiltText()
        .sentence("She/she/PRP was/be/VBD held/hold/VBN in/in/IN Lumpkin/Lumpkin/NNP/LOCATION ,/,/, Ga/Ga/NNP/LOCATION ~./././O", "");
    String whole = text.build(LocalDate.of(2009, 3, 20)).text();
    List<PlaceMention> places = places(text);
    assertThat(named(places, "Ga.")).get().satisfies(p -> {
      assertThat(p.place().name()).isEqualTo("Georgia");
      assertThat(p.span().of(whole)).isEqualTo("Ga.");
    });
    assertThat(named(places, "Lumpkin")).get().satisfies(p -> assertThat(p.place().latitude()).isBetween(31.8, 32.3));
  }

  @Test
  void aHeadlineMayOpenWithAStateAbbreviation() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Mass./Mass./NNP legislators/legislator/NNS put/put/VBD off/off/RP a/a/DT vote/vote/NN", "")
        .sentence("Ill./ill./NNP Cases/case/NNS rose/rise/VBD ././.", ""));
    assertThat(places).extracting(p -> p.text() + "=" + p.place().name()).containsExactly("Mass.=Massachusetts");
  }

  @Test
  void georgiaIsTheStateBesideAtlantaAndTheCountryBesideTbilisi() {
    List<PlaceMention> american = places(new HandBuiltText()
        .sentence("Schools/school/NNS in/in/IN Atlanta/Atlanta/NNP/LOCATION and/and/CC across/across/IN Georgia/Georgia/NNP/LOCATION closed/close/VBD ././.", ""));
    assertThat(named(american, "Georgia")).get().satisfies(p -> assertThat(p.place().country()).contains("USA"));
    List<PlaceMention> caucasian = places(new HandBuiltText()
        .sentence("Troops/troop/NNS left/leave/VBD Tbilisi/Tbilisi/NNP/LOCATION as/as/IN Georgia/Georgia/NNP/LOCATION and/and/CC Russia/Russia/NNP/LOCATION talked/talk/VBD ././.", ""));
    assertThat(named(caucasian, "Georgia")).get().satisfies(p -> {
      assertThat(p.place().country()).contains("GEO");
      assertThat(p.place().kind()).isEqualTo(PlaceKind.COUNTRY);
    });
  }

  @Test
  void aCountyNearbyPullsATownAwayFromItsFamousNamesake() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Alexandria/Alexandria/NNP/LOCATION police/police/NNS arrested/arrest/VBD a/a/DT man/man/NN ././.", "")
        .sentence("Rapides/Rapides/NNP/LOCATION Parish/Parish/NNP/LOCATION deputies/deputy/NNS helped/help/VBD ././.", ""));
    assertThat(named(places, "Rapides Parish")).get().satisfies(p -> assertThat(p.place().country()).contains("USA"));
    assertThat(named(places, "Alexandria")).get().satisfies(p -> {
      assertThat(p.place().country()).contains("USA"); // Alexandria, Louisiana, not Egypt
      assertThat(p.place().latitude()).isBetween(31.0, 31.6);
    });
  }

  @Test
  void twoAmbiguousNamesThatLieTogetherReadEachOther() {
    // Paris, Tennessee is the seat of Henry County, Tennessee: ten Henry Counties and many Parises,
    // but only that pair lies together, which outweighs the French capital's size.
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Residents/resident/NNS of/of/IN Paris/Paris/NNP/LOCATION and/and/CC Henry/Henry/NNP/LOCATION County/County/NNP/LOCATION will/will/MD get/get/VB a/a/DT letter/letter/NN ././.", ""));
    assertThat(named(places, "Paris")).get().satisfies(p -> {
      assertThat(p.place().country()).contains("USA");
      assertThat(p.place().latitude()).isBetween(36.0, 36.6);
    });
    assertThat(named(places, "Henry County")).get().satisfies(p -> assertThat(p.place().longitude()).isBetween(-88.6, -88.0));
  }

  @Test
  void aPublishersCountryDomainLeansNamesTowardsItsCountry() {
    HandBuiltText text = new HandBuiltText()
        .sentence("The/the/DT council/council/NN in/in/IN Richmond/Richmond/NNP/LOCATION raised/raise/VBD the/the/DT charge/charge/NN ././.", "");
    assertThat(named(resolver.resolve(text.build(LocalDate.of(2009, 3, 20), "http://www.example-times.co.uk/news/1")), "Richmond"))
        .get().satisfies(p -> assertThat(p.place().country()).contains("GBR"));
    assertThat(named(resolver.resolve(text.build(LocalDate.of(2009, 3, 20), "example-times.com")), "Richmond"))
        .get().satisfies(p -> assertThat(p.place().country()).contains("USA"));
  }

  @Test
  void countiesNamedTogetherAreCounties() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Enrollment/enrollment/NN slowed/slow/VBD in/in/IN Jackson/Jackson/NNP and/and/CC Barrow/Barrow/NNP counties/county/NNS ././.", ""));
    assertThat(named(places, "Barrow")).get().satisfies(p -> assertThat(p.place().name()).isEqualTo("Barrow County"));
    assertThat(named(places, "Jackson")).get().satisfies(p -> {
      assertThat(p.place().name()).isEqualTo("Jackson County");
      assertThat(p.place().latitude()).isBetween(33.5, 34.6); // the one in Georgia, beside Barrow
    });
  }

  @Test
  void aStateBeforeCountiesIsTheStateTheyLieIn() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Rates/rate/NNS rose/rise/VBD in/in/IN surrounding/surround/VBG Indiana/Indiana/NNP/LOCATION counties/county/NNS ././.", ""));
    assertThat(named(places, "Indiana")).get().satisfies(p -> {
      assertThat(p.place().name()).isEqualTo("Indiana");
      assertThat(p.place().longitude()).isBetween(-88.5, -84.5); // the state, not Indiana County, Pennsylvania
    });
  }

  @Test
  void aCountysShortNameIsTheCountyTheArticleNames() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Kanawha/Kanawha/NNP/LOCATION County/County/NNP/LOCATION deputies/deputy/NNS searched/search/VBD ././.", "")
        .sentence("Schools/school/NNS in/in/IN Kanawha/Kanawha/NNP/ORGANIZATION closed/close/VBD ././.", ""));
    assertThat(places).extracting(p -> p.text() + "=" + p.place().name()).containsExactly("Kanawha County=Kanawha County", "Kanawha=Kanawha County");
  }

  @Test
  void aStrongMentionOfACountysShortNameMayBeTheCounty() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Fires/fire/NNS burned/burn/VBD in/in/IN Osceola/Osceola/NNP/LOCATION ././.", "")
        .sentence("Osceola/Osceola/NNP/LOCATION County/County/NNP/LOCATION crews/crew/NNS came/come/VBD from/from/IN Orlando/Orlando/NNP/LOCATION ././.", ""));
    assertThat(places.get(0).text()).isEqualTo("Osceola");
    assertThat(places.get(0).place().name()).isEqualTo("Osceola County");
    assertThat(places.get(0).place().latitude()).isBetween(27.5, 28.6); // Florida, beside Orlando
  }

  @Test
  void countriesNamedTogetherAreCountriesEvenInALocalStory() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("The/the/DT plane/plane/NN left/leave/VBD Gainesville/Gainesville/NNP/LOCATION ,/,/, Texas/Texas/NNP/LOCATION ././.", "")
        .sentence("It/it/PRP flew/fly/VBD for/for/IN Italy/Italy/NNP/LOCATION and/and/CC China/China/NNP/LOCATION in/in/IN the/the/DT war/war/NN ././.", ""));
    assertThat(named(places, "China")).get().satisfies(p -> assertThat(p.place().kind()).isEqualTo(PlaceKind.COUNTRY));
    assertThat(named(places, "Italy")).get().satisfies(p -> assertThat(p.place().kind()).isEqualTo(PlaceKind.COUNTRY));
  }

  @Test
  void countryAdjectivesNameTheCountry() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Sri_Lankan/Sri_Lankan/JJ/MISC and/and/CC Russian/Russian/JJ/MISC officials/official/NNS met/meet/VBD ././.", ""));
    assertThat(places).extracting(p -> p.place().country().orElse("")).containsExactly("LKA", "RUS");
  }

  @Test
  void demonymsOfStatesAndRegionsNameThem() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Ohioans/Ohioan/NNPS/MISC and/and/CC South/South/JJ/MISC Ossetian/Ossetian/JJ/MISC officials/official/NNS met/meet/VBD ././.", ""));
    assertThat(named(places, "Ohioans")).get().satisfies(p -> {
      assertThat(p.place().name()).isEqualTo("Ohio");
      assertThat(p.place().kind()).isEqualTo(PlaceKind.ADMINISTRATIVE_REGION);
    });
    assertThat(named(places, "South Ossetian")).get().satisfies(p -> {
      assertThat(p.place().name()).isEqualTo("South Ossetia");
      assertThat(p.place().country()).contains("GEO");
    });
  }

  @Test
  void anAcronymIsANameOnlyInCapitals() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Canberra/Canberra/NNP/LOCATION in/in/IN the/the/DT ACT/ACT/NNP/LOCATION passed/pass/VBD the/the/DT Clean/Clean/NNP Air/Air/NNP Act/Act/NNP ././.", ""));
    assertThat(places).extracting(PlaceMention::text).containsExactly("Canberra", "ACT");
    assertThat(named(places, "ACT")).get().satisfies(p -> assertThat(p.place().name()).isEqualTo("Australian Capital Territory"));
  }

  @Test
  void aWordTheArticleAlsoWritesInLowerCaseIsATitleNotATown() {
    // "City" is a suburb of Canberra; here it is the city's hall.
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("The/the/DT council/council/NN met/meet/VBD at/at/IN City/City/NNP Hall/Hall/NNP in/in/IN Mansfield/Mansfield/NNP/LOCATION ,/,/, Texas/Texas/NNP/LOCATION ././.", "")
        .sentence("The/the/DT city/city/NN will/will/MD pay/pay/VB ././.", ""));
    assertThat(places).extracting(PlaceMention::text).containsExactly("Mansfield", "Texas");
  }

  @Test
  void aTownTheTaggerTookForAPersonIsATownBesideItsState() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Greer/Greer/NNP/PERSON ,/,/, South/South/NNP/LOCATION Carolina/Carolina/NNP/LOCATION grows/grow/VBZ ././.", "")
        .sentence("Greer/Greer/NNP/PERSON 's/'s/POS parks/park/NNS are/be/VBP busy/busy/JJ ././.", ""));
    assertThat(places).extracting(PlaceMention::text).containsExactly("Greer", "South Carolina", "Greer");
    assertThat(places.get(2).place().latitude()).isBetween(34.8, 35.1);
    // A word of a full person's name stays the person's, whatever the list around it.
    List<PlaceMention> person = places(new HandBuiltText()
        .sentence("Jim/Jim/NNP/PERSON Greer/Greer/NNP/PERSON spoke/speak/VBD ././.", "")
        .sentence("Atlanta/Atlanta/NNP/LOCATION and/and/CC Greer/Greer/NNP/PERSON agreed/agree/VBD ././.", ""));
    assertThat(person).extracting(PlaceMention::text).containsExactly("Atlanta");
  }

  @Test
  void streetsOfficesAndMonthsAreNoPlaces() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("The/the/DT fire/fire/NN at/at/IN 6016/6016/CD Dublin/Dublin/NNP Road/Road/NNP in/in/IN March/March/NNP drew/draw/VBD the/the/DT White/White/NNP House/House/NNP ././.", "")
        .sentence("They/they/PRP met/meet/VBD at/at/IN the/the/DT 35th/35th/JJ Street/Street/NNP Bridge/Bridge/NNP ././.", ""));
    assertThat(places).isEmpty();
  }

  @Test
  void aPlaceNamingACourtOfLawOrACountyRoadIsAPlace() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("He/he/PRP appeared/appear/VBD in/in/IN Clarke/Clarke/NNP/ORGANIZATION County/County/NNP/ORGANIZATION Superior/Superior/NNP/ORGANIZATION Court/Court/NNP/ORGANIZATION ././.", "")
        .sentence("The/the/DT car/car/NN left/leave/VBD Oconee/Oconee/NNP County/County/NNP Road/Road/NNP 12/12/CD near/near/IN 6016/6016/CD Dublin/Dublin/NNP Road/Road/NNP ././.", ""));
    assertThat(places).extracting(p -> p.text() + "=" + p.place().name()).containsExactly("Clarke County=Clarke County", "Oconee County=Oconee County");
    assertThat(places.get(0).place().latitude()).isBetween(33.7, 34.2); // Clarke County, Georgia, beside Oconee
  }

  @Test
  void aNameTheWordsAroundShowToBeAPlaceIsThatPlaceInEveryMention() {
    // The tagger took the headline's "Mansfield" for a person and the police department's for an
    // organisation; the dateline and "Police Department" say it is the town, beside Shreveport.
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Mansfield/Mansfield/NNP/PERSON OKs/ok/VBZ patrol/patrol/NN program/program/NN ././.", "")
        .sentence("Gannett/Gannett/NNP/ORGANIZATION March/March/NNP/DATE 24/24/CD/DATE ,/,/, 2009/2009/CD/DATE MANSFIELD/MANSFIELD/NNP --/--/: "
            + "The/the/DT Mansfield/Mansfield/NNP/ORGANIZATION Police/Police/NNP/ORGANIZATION Department/Department/NNP/ORGANIZATION "
            + "copied/copy/VBD Shreveport/Shreveport/NNP/LOCATION ././.", ""));
    assertThat(places).extracting(PlaceMention::text).containsExactly("Mansfield", "MANSFIELD", "Mansfield", "Shreveport");
    assertThat(places.get(0).place().latitude()).isBetween(31.8, 32.3); // Mansfield, Louisiana
  }

  @Test
  void anArticleOrADayBeforeANameIsNoPartOfIt() {
    // "The Athens Singers": a weak name after "The" is still a town when the article's other
    // places vouch for it (Athens, Texas is the seat of Henderson County).
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("The/the/DT Athens/Athens/NNP/ORGANIZATION Singers/Singers/NNPS/ORGANIZATION performed/perform/VBD in/in/IN Henderson/Henderson/NNP/LOCATION County/County/NNP/LOCATION ././.", ""));
    assertThat(places).extracting(PlaceMention::text).containsExactly("Athens", "Henderson County");
    assertThat(places.get(0).place().latitude()).isBetween(32.0, 32.4);
  }

  @Test
  void aRiverTheGazetteerDoesNotKnowLiesByTheArticlesPlaces() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Volunteers/volunteer/NNS cleaned/clean/VBD the/the/DT Gauley/Gauley/NNP Creek/Creek/NNP banks/bank/NNS in/in/IN Charleston/Charleston/NNP/LOCATION ,/,/, W.Va./W.Va./NNP/LOCATION ././.", ""));
    assertThat(places).extracting(PlaceMention::text).containsExactly("Gauley Creek", "Charleston", "W.Va.");
    assertThat(places.get(0).place().kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(places.get(0).place().latitude()).isBetween(38.0, 38.7); // by Charleston, West Virginia
  }

  @Test
  void aTownIsReadInTheStateTheArticlesOtherPlacesLieIn() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Crews/crew/NNS from/from/IN Columbus/Columbus/NNP/LOCATION ,/,/, Schuyler/Schuyler/NNP/LOCATION and/and/CC Platte/Platte/NNP/LOCATION Center/Center/NNP/LOCATION helped/help/VBD ././.", "")
        .sentence("Roads/road/NNS across/across/IN Nebraska/Nebraska/NNP/LOCATION were/be/VBD closed/close/VBN ././.", ""));
    assertThat(named(places, "Columbus")).get().satisfies(p -> assertThat(p.place().longitude()).isBetween(-97.6, -97.2)); // Nebraska, not Ohio
  }

  @Test
  void aQualifierBeforeANameAndAWordOpeningALongerNameAreNoPlaces() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("He/he/PRP is/be/VBZ held/hold/VBN in/in/IN the/the/DT North/North/NNP/ORGANIZATION Central/Central/NNP/ORGANIZATION Regional/Regional/NNP/ORGANIZATION Jail/Jail/NNP/ORGANIZATION in/in/IN Greenwood/Greenwood/NNP/LOCATION ,/,/, S.C./S.C./NNP/LOCATION ././.", "")
        .sentence("The/the/DT funeral/funeral/NN is/be/VBZ at/at/IN the/the/DT Church/Church/NNP of/of/IN Our/Our/NNP Lady/Lady/NNP in/in/IN Greenwood/Greenwood/NNP/LOCATION ././.", ""));
    assertThat(places).extracting(PlaceMention::text).containsExactly("Greenwood", "S.C.", "Greenwood");
  }

  @Test
  void aPersonsWordAfterACommaIsATownOnlyInAList() {
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Within/within/IN miles/mile/NNS of/of/IN the/the/DT White/White/NNP/LOCATION House/House/NNP/LOCATION ,/,/, Lincoln/Lincoln/NNP/PERSON visited/visit/VBD the/the/DT troops/troop/NNS ././.", "")
        .sentence("They/they/PRP represented/represent/VBD Lovejoy/Lovejoy/NNP/PERSON ,/,/, Jonesboro/Jonesboro/NNP/LOCATION and/and/CC Riverdale/Riverdale/NNP/LOCATION ././.", ""));
    assertThat(places).extracting(PlaceMention::text).doesNotContain("Lincoln").contains("Lovejoy", "Jonesboro", "Riverdale");
  }

  @Test
  void aProperNounOnlyATownBearsNeedsTheArticlesOtherPlaces() {
    // "Police" is a town in Poland: in an article about Ohio it is no place.
    List<PlaceMention> places = places(new HandBuiltText()
        .sentence("Police/Police/NNP said/say/VBD the/the/DT Columbus/Columbus/NNP/LOCATION ,/,/, Ohio/Ohio/NNP/LOCATION man/man/NN fled/flee/VBD ././.", ""));
    assertThat(places).extracting(PlaceMention::text).containsExactly("Columbus", "Ohio");
    assertThat(named(places, "Columbus")).get().satisfies(p -> assertThat(p.place().latitude()).isBetween(39.8, 40.1));
  }

  @Test
  void spansPointIntoTheText() {
    HandBuiltText text = new HandBuiltText()
        .sentence("Officials/official/NNS in/in/IN Moscow/Moscow/NNP/LOCATION and/and/CC Kiev/Kiev/NNP/LOCATION spoke/speak/VBD ././.", "");
    String whole = text.build(LocalDate.of(2009, 1, 1)).text();
    for (PlaceMention mention : places(text)) {
      assertThat(mention.span().of(whole)).isEqualTo(mention.text());
    }
    assertThat(places(text)).extracting(p -> p.place().name() + ", " + p.place().country().orElse("")).containsExactly("Moscow, RUS", "Kyiv, UKR");
  }
}
