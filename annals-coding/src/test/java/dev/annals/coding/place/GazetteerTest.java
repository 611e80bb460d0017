package dev.annals.coding.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.annals.coding.knowledge.KnowledgeFileException;
import dev.annals.coding.knowledge.Names;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  /** A few countries by hand; the real table is actors/countries.tsv. */
  private static final Map<String, String> ISO2_TO_ISO3 = Map.ofEntries(
      Map.entry("UZ", "UZB"), Map.entry("FR", "FRA"), Map.entry("US", "USA"), Map.entry("CA", "CAN"),
      Map.entry("RU", "RUS"), Map.entry("UA", "UKR"), Map.entry("GB", "GBR"), Map.entry("DE", "DEU"),
      Map.entry("BR", "BRA"), Map.entry("LU", "LUX"), Map.entry("PS", "PSE"), Map.entry("CN", "CHN"),
      Map.entry("PL", "POL"), Map.entry("CH", "CHE"));

  private static final List<Place> COUNTRIES = List.of(
      country("Uzbekistan", "UZB", 41.38, 64.59),
      country("France", "FRA", 46.23, 2.21),
      country("Luxembourg", "LUX", 49.82, 6.13),
      country("Ukraine", "UKR", 48.38, 31.17));

  private static Gazetteer gazetteer;

  private static Place country(String name, String iso3, double lat, double lon) {
    return new Place(name, Optional.of(iso3), lat, lon, PlaceKind.COUNTRY, 0);
  }

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load(ISO2_TO_ISO3, COUNTRIES);
  }

  @Test
  void samarkandIsInUzbekistan() {
    List<Place> found = gazetteer.lookup("Samarkand");
    assertThat(found).isNotEmpty();
    Place samarkand = found.get(0);
    assertThat(samarkand.name()).isEqualTo("Samarkand");
    assertThat(samarkand.country()).contains("UZB");
    assertThat(samarkand.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(samarkand.latitude()).isCloseTo(39.65, within(0.05));
    assertThat(samarkand.longitude()).isCloseTo(66.96, within(0.05));
    assertThat(samarkand.population()).isGreaterThan(100_000);
  }

  @Test
  void restrictedToACountry() {
    assertThat(gazetteer.lookup("Samarkand", "UZB")).extracting(Place::name).first().isEqualTo("Samarkand");
    assertThat(gazetteer.lookup("Samarkand", "uzb")).isNotEmpty();
    assertThat(gazetteer.lookup("Samarkand", "FRA")).isEmpty();

    List<Place> texan = gazetteer.lookup("Paris", "USA");
    assertThat(texan).isNotEmpty().allSatisfy(p -> assertThat(p.country()).contains("USA"));
    assertThat(texan.get(0).latitude()).isCloseTo(33.66, within(0.1)); // Paris, Texas: the largest
    assertThat(gazetteer.lookup("Paris", "CAN")).hasSize(1);

    // A sea lies in no one country.
    assertThat(gazetteer.lookup("Black Sea", "UKR")).isEmpty();
    assertThat(gazetteer.lookup("Crimea", "UKR")).extracting(Place::kind).containsExactly(PlaceKind.REGION);
  }

  @Test
  void eastChinaSeaIsASea() {
    List<Place> found = gazetteer.lookup("East China Sea");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(PlaceKind.SEA);
    assertThat(found.get(0).country()).isEmpty();
    assertThat(gazetteer.lookup("the East China Sea")).isEqualTo(found);
    assertThat(gazetteer.lookup("Strait of Hormuz").get(0).kind()).isEqualTo(PlaceKind.SEA);
    assertThat(gazetteer.lookup("Spratlys").get(0).name()).isEqualTo("Spratly Islands");
    assertThat(gazetteer.lookup("Donetsk region").get(0))
        .satisfies(p -> assertThat(p.kind()).isEqualTo(PlaceKind.ADMINISTRATIVE_REGION))
        .satisfies(p -> assertThat(p.country()).contains("UKR"));
  }

  @Test
  void parisIsTheFrenchCapitalFirst() {
    List<Place> found = gazetteer.lookup("Paris");
    assertThat(found.size()).isGreaterThan(5);
    assertThat(found.get(0).country()).contains("FRA");
    assertThat(found.get(0).latitude()).isCloseTo(48.85, within(0.05));
    assertThat(found).extracting(Place::population).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(gazetteer.lookup("PARIS")).isEqualTo(found);
  }

  @Test
  void aCityNamedLikeACountryComesAfterTheCountry() {
    List<Place> found = gazetteer.lookup("Luxembourg");
    assertThat(found.get(0).kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(found).extracting(Place::kind).contains(PlaceKind.CITY);
  }

  @Test
  void namesAreFolded() {
    assertThat(gazetteer.lookup("St. Petersburg").get(0).name()).isEqualTo("Saint Petersburg");
    assertThat(gazetteer.lookup("saint-petersburg").get(0).country()).contains("RUS");
    assertThat(gazetteer.lookup("Sao Paulo").get(0).name()).isEqualTo("São Paulo");
    assertThat(gazetteer.lookup("Lodz").get(0).name()).isEqualTo("Łódź");
    assertThat(gazetteer.lookup("Washington").get(0).name()).isEqualTo("Washington, D.C.");
    assertThat(gazetteer.lookup("New York").get(0).name()).isEqualTo("New York City");
  }

  @Test
  void anEnglishNameTheCityListLacksFindsTheCity() {
    // "Nuremberg" is Nürnberg, "Lucerne" Luzern; Gothenburg's alias (Sweden) is left out with Sweden's cities.
    assertThat(gazetteer.lookup("Nuremberg").get(0).name()).isEqualTo("Nürnberg");
    assertThat(gazetteer.lookup("Lucerne").get(0).country()).contains("CHE");
    assertThat(gazetteer.lookup("Gothenburg")).allMatch(p -> !p.country().equals(Optional.of("SWE")));
  }

  @Test
  void citiesOfCountriesMissingFromTheMapAreLeftOut() {
    // Tokyo is JP, not in the hand-made map.
    assertThat(gazetteer.lookup("Tokyo")).isEmpty();
    assertThat(gazetteer.cityCount()).isGreaterThan(130_000);
  }

  @Test
  void unknownNamesGiveNothing() {
    assertThat(gazetteer.lookup("Xqzzyplatz")).isEmpty();
    assertThat(gazetteer.lookup("")).isEmpty();
    assertThat(gazetteer.lookup("   ")).isEmpty();
    assertThat(gazetteer.lookup(null)).isEmpty();
    assertThat(gazetteer.lookup("Xqzzyplatz", "FRA")).isEmpty();
  }

  @Test
  void placesFileReadsAliasesKindsAndCountries() {
    List<Place> places = Gazetteer.readPlaces("test.tsv", stream(
        "# comment\n\nBlack Sea\t-\tsea\t-\t43.4\t34.3\nCrimea\tCrimean Peninsula\tregion\tUKR\t45.3\t34.4\n"));
    assertThat(places).containsExactly(
        new Place("Black Sea", Optional.empty(), 43.4, 34.3, PlaceKind.SEA, 0),
        new Place("Crimea", Optional.of("UKR"), 45.3, 34.4, PlaceKind.REGION, 0));
  }

  @Test
  void malformedPlacesLinesNameTheFileAndLine() {
    assertThatThrownBy(() -> Gazetteer.readPlaces("places.tsv", stream("# c\nBlack Sea\t-\tsea\t-\t43.4\n")))
        .isInstanceOf(KnowledgeFileException.class)
        .hasMessageContaining("places.tsv line 2");
    assertThatThrownBy(() -> Gazetteer.readPlaces("places.tsv", stream("Black Sea\t-\tlake\t-\t43.4\t34.3\n")))
        .isInstanceOf(KnowledgeFileException.class)
        .hasMessageContaining("places.tsv line 1").hasMessageContaining("kind");
    assertThatThrownBy(() -> Gazetteer.readPlaces("places.tsv", stream("\nX\t-\tsea\t-\tnorth\t34.3\n")))
        .isInstanceOf(KnowledgeFileException.class)
        .hasMessageContaining("places.tsv line 2").hasMessageContaining("number");
    assertThatThrownBy(() -> Gazetteer.readPlaces("places.tsv", stream("X\t-\tsea\tUkraine\t43\t34\n")))
        .isInstanceOf(KnowledgeFileException.class)
        .hasMessageContaining("places.tsv line 1").hasMessageContaining("ISO-3");
    assertThatThrownBy(() -> Gazetteer.readPlaces("places.tsv", stream("X\t-\tsea\t-\t93\t34\n")))
        .isInstanceOf(KnowledgeFileException.class)
        .hasMessageContaining("places.tsv line 1").hasMessageContaining("latitude");
    assertThatThrownBy(() -> Gazetteer.readPlaces("places.tsv", stream("X\t-\tsea\t-\t43\t34\textra\n")))
        .isInstanceOf(KnowledgeFileException.class)
        .hasMessageContaining("places.tsv line 1");
  }

  @Test
  void theShippedPlacesFileIsWellFormed() {
    InputStream in = GazetteerTest.class.getClassLoader().getResourceAsStream(Gazetteer.PLACES_RESOURCE);
    assertThat(in).isNotNull();
    List<Place> places = Gazetteer.readPlaces(Gazetteer.PLACES_RESOURCE, in);
    assertThat(places.size()).isGreaterThan(140);
    assertThat(places).extracting(Place::name).doesNotHaveDuplicates();
  }

  @Test
  void asciiFastPathAgreesWithNames() {
    for (String s : List.of("The Hague", "St. Kitts", "  New   York-City ", "O'Fallon", "the", "the  the x", "A.B.C.", "Tel Aviv-Yafo",
        "Washington, D.C.", "\tthe\tGulf", "-x-")) {
      assertThat(PlaceNames.asciiKey(s)).as(s).isEqualTo(Names.key(s));
    }
    assertThat(Gazetteer.key("St. Petersburg")).isEqualTo(Gazetteer.key("Saint Petersburg"));
    assertThat(Gazetteer.key("Mt. Kenya")).isEqualTo("mount kenya");
    assertThat(Gazetteer.key("Ürümqi")).isEqualTo("urumqi");
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void usStatesAreFoundByNameAndAbbreviation() {
    Gazetteer.Entry georgia = gazetteer.usStateByAbbreviation("Ga.").orElseThrow();
    assertThat(georgia.place().name()).isEqualTo("Georgia");
    assertThat(georgia.admin1()).isEqualTo("GA");
    assertThat(georgia.firstLevel()).isTrue();
    assertThat(georgia.place().latitude()).isCloseTo(32.7, within(0.6));
    assertThat(georgia.place().longitude()).isCloseTo(-83.4, within(0.6));
    assertThat(gazetteer.usStateByAbbreviation("W. Va.")).get().extracting(e -> e.place().name()).isEqualTo("West Virginia");
    assertThat(gazetteer.usStateByAbbreviation("SC")).get().extracting(e -> e.place().name()).isEqualTo("South Carolina");
    assertThat(gazetteer.usStateByAbbreviation("Xy.")).isEmpty();
    assertThat(gazetteer.usState("new york state")).get().extracting(e -> e.admin1()).isEqualTo("NY");
    assertThat(gazetteer.entries("Georgia")).anyMatch(e -> e.firstLevel() && e.admin1().equals("GA"));
  }

  @Test
  void usCountiesLieWhereTheCensusDrawsThem() {
    List<Gazetteer.Entry> rapides = gazetteer.entries("Rapides Parish");
    assertThat(rapides).hasSize(1);
    assertThat(rapides.get(0).admin1()).isEqualTo("LA");
    assertThat(rapides.get(0).place().latitude()).isCloseTo(31.2, within(0.2));
    assertThat(rapides.get(0).place().longitude()).isCloseTo(-92.5, within(0.2));
    assertThat(gazetteer.entries("Laurel County")).extracting(Gazetteer.Entry::admin1).containsExactly("KY");
    assertThat(gazetteer.entries("Madison County").size()).isGreaterThan(15);
    // Virginia's independent city of Fairfax is a city, not a second Fairfax County.
    assertThat(gazetteer.entries("Fairfax County")).extracting(Gazetteer.Entry::admin1).containsExactly("VA");
  }

  @Test
  void usCitiesKnowTheirState() {
    assertThat(gazetteer.entries("Gainesville", "USA")).extracting(Gazetteer.Entry::admin1).contains("GA", "FL", "TX");
    assertThat(gazetteer.entries("Kansas City", "USA")).isNotEmpty();
    assertThat(gazetteer.entries("Kansas")).noneMatch(e -> e.place().name().equals("Kansas City"));
  }

  @Test
  void provincesOutsideTheUsAreFirstLevelDivisions() {
    assertThat(gazetteer.entries("Ontario")).anySatisfy(e -> {
      assertThat(e.firstLevel()).isTrue();
      assertThat(e.admin1()).isEqualTo("08");
      assertThat(e.place().country()).contains("CAN");
    });
    assertThat(gazetteer.entries("London", "CAN")).anyMatch(e -> e.admin1().equals("08"));
  }

  @Test
  void placesCarryTheirDivisionForTheStore() {
    assertThat(gazetteer.entries("Gainesville", "USA")).extracting(e -> e.place().admin1().orElseThrow()).contains("GA", "FL");
    assertThat(gazetteer.usState("georgia")).get().extracting(e -> e.place().admin1()).isEqualTo(java.util.Optional.of("GA"));
    assertThat(gazetteer.entries("Ontario")).anyMatch(e -> e.place().admin1().equals(java.util.Optional.of("08")));
    assertThat(gazetteer.entries("Russia")).allMatch(e -> e.place().kind() != dev.annals.model.PlaceKind.COUNTRY
        || e.place().admin1().isEmpty());
  }

  @Test
  void countriesStandWhereGazetteersPutThem() {
    Gazetteer withUs = Gazetteer.load(ISO2_TO_ISO3, List.of(country("United States", "USA", 37.09, -95.71)));
    Place us = withUs.lookup("United States").get(0);
    assertThat(us.latitude()).isCloseTo(39.76, within(0.01));
    assertThat(us.longitude()).isCloseTo(-98.5, within(0.01));
  }

  @Test
  void theUsAtlasReaderDecodesArcsAndCentroids() {
    // One square county, 0..2 by 0..2 quantized, scale 1, translate (10, 20): centre (11, 21).
    String topo = "{\"type\":\"Topology\",\"transform\":{\"scale\":[1,1],\"translate\":[10,20]},"
        + "\"objects\":{\"states\":{\"type\":\"GeometryCollection\",\"geometries\":[]},"
        + "\"counties\":{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[0]],\"id\":\"13001\",\"properties\":{\"name\":\"Sq\\u0075are\"}}]}},"
        + "\"arcs\":[[[0,0],[2,0],[0,2],[-2,0],[0,-2]]]}";
    UsAtlas atlas = UsAtlas.parse(topo);
    assertThat(atlas.counties()).hasSize(1);
    UsAtlas.Area square = atlas.counties().get(0);
    assertThat(square.name()).isEqualTo("Square");
    assertThat(square.fips()).isEqualTo("13001");
    assertThat(square.latitude()).isCloseTo(21.0, within(1e-9));
    assertThat(square.longitude()).isCloseTo(11.0, within(1e-9));
    assertThatThrownBy(() -> UsAtlas.parse("{\"type\":")).isInstanceOf(KnowledgeFileException.class).hasMessageContaining("counties-10m.json");
  }

  @Test
  void aCitysShortNameFindsTheCity() {
    assertThat(gazetteer.lookup("L.A.")).first().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Los Angeles");
      assertThat(p.latitude()).isBetween(33.9, 34.2);
    });
    assertThat(gazetteer.entries("Phila.")).first().satisfies(e -> {
      assertThat(e.place().name()).isEqualTo("Philadelphia");
      assertThat(e.admin1()).isEqualTo("PA");
    });
    // An acronym alias matches only in capitals: "la" is no Los Angeles.
    assertThat(gazetteer.lookup("la")).noneMatch(p -> p.name().equals("Los Angeles"));
  }

  @Test
  void aCountyWhoseNameIsTwoWordsIsFoundWrittenAsOne() {
    assertThat(gazetteer.entries("DeSoto Parish")).anySatisfy(e -> {
      assertThat(e.place().name()).isEqualTo("De Soto Parish");
      assertThat(e.admin1()).isEqualTo("LA");
    });
  }

  @Test
  void aCityListedByItsEnglishNameHasThePopulationOfTheGeoNamesCityItIs() {
    // places.tsv gives "Geneva" (GeoNames: Genève) with no population of its own.
    Place geneva = gazetteer.lookup("Geneva").get(0);
    assertThat(geneva.country()).contains("CHE");
    assertThat(geneva.population()).isGreaterThan(100_000);
  }

  @Test
  void aProvinceNamedAsOneIsFoundInTheWorldsDivisions() {
    // "police in Guangdong province": no curated place, no city of that name.
    assertThat(gazetteer.lookup("Guangdong province")).first().satisfies(p -> {
      assertThat(p.country()).contains("CHN");
      assertThat(p.kind()).isEqualTo(PlaceKind.ADMINISTRATIVE_REGION);
      assertThat(p.latitude()).isCloseTo(23.4, within(1.5));
    });
    assertThat(gazetteer.lookup("guangdong province")).as("a name in lower case is no name").isEmpty();
  }

  @Test
  void aDivisionNameSeveralCountriesShareNeedsTheCountryAndOneNamedAsACountryIsNoDivision() {
    Gazetteer world = Gazetteer.load(Map.of("CO", "COL", "EC", "ECU", "VE", "VEN", "CN", "CHN", "TW", "TWN"),
        List.of(country("Taiwan", "TWN", 23.7, 121.0)));
    assertThat(world.lookup("Bolivar state")).isEmpty();
    assertThat(world.lookup("Bolivar state", "VEN")).extracting(p -> p.country().orElse("")).containsExactly("VEN");
    // country-state-city lists Taiwan among China's provinces; the name is the country's.
    assertThat(world.lookup("Taiwan province")).noneMatch(p -> p.country().filter("CHN"::equals).isPresent());
  }
}
