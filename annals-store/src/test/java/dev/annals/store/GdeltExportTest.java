package dev.annals.store;

import static dev.annals.store.HandBuiltArticles.CHINA;
import static dev.annals.store.HandBuiltArticles.CONSULT;
import static dev.annals.store.HandBuiltArticles.NATO;
import static dev.annals.store.HandBuiltArticles.RUSSIA;
import static dev.annals.store.HandBuiltArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GDELT export's geo and country columns on hand-built events with known places. */
class GdeltExportTest {
  private static final Place BERLIN = new Place("Berlin", Optional.of("DEU"), 52.52, 13.40, PlaceKind.CITY, 3_600_000);
  private static final Place PALIKIR = new Place("Palikir", Optional.of("FSM"), 6.92, 158.16, PlaceKind.CITY, 5_000);
  private static final Place HOUSTON = new Place("Houston", Optional.of("USA"), 29.76, -95.37, PlaceKind.CITY, 2_300_000);
  private static final Place TEXAS = new Place("Texas", Optional.of("USA"), 31.0, -99.0, PlaceKind.ADMINISTRATIVE_REGION, 0);
  private static final Place BAVARIA = new Place("Bavaria", Optional.of("DEU"), 48.9, 11.4, PlaceKind.ADMINISTRATIVE_REGION, 0);
  private static final Place GERMANY = new Place("Germany", Optional.of("DEU"), 51.17, 10.45, PlaceKind.COUNTRY, 83_000_000);

  @TempDir Path folder;

  private static HandBuiltArticles.Reported talks(String day, Place place) {
    return new HandBuiltArticles.Reported(RUSSIA, "Russia", Optional.of(CHINA), "China", CONSULT, LocalDate.parse(day),
        Optional.of(place), "held talks with");
  }

  private List<Map<String, String>> export() throws Exception {
    return export(Divisions.NONE);
  }

  private List<Map<String, String>> export(Divisions divisions) throws Exception {
    return export(List.of(
        article("b1", "Tass", "https://tass.example/b1", "2023-05-02", List.of(talks("2023-05-02", BERLIN))),
        article("b2", "Tass", "https://tass.example/b2", "2023-05-03", List.of(talks("2023-05-03", PALIKIR))),
        article("b3", "Tass", "https://tass.example/b3", "2023-05-04", List.of(talks("2023-05-04", GERMANY))),
        article("b4", "Tass", "https://tass.example/b4", "2023-05-05", List.of(talks("2023-05-05", HOUSTON))),
        article("b5", "Tass", "https://tass.example/b5", "2023-05-06", List.of(talks("2023-05-06", TEXAS))),
        article("b6", "Tass", "https://tass.example/b6", "2023-05-07", List.of(talks("2023-05-07", BAVARIA)))),
        divisions, OrganisationCodes.NONE);
  }

  private List<Map<String, String>> export(List<StoredArticle> articles, Divisions divisions, OrganisationCodes organisations)
      throws Exception {
    Path file = folder.resolve("events.tsv");
    try (EventStore store = EventStore.open(folder.resolve("db"))) {
      store.write(articles, List.of());
      store.aggregate();
      assertThat(new Exports(store, divisions, organisations).write(Exports.Format.GDELT, file, EventFilter.all()))
          .isEqualTo(articles.size());
    }
    return Files.readAllLines(file).stream().map(line -> {
      String[] values = line.split("\t", -1);
      assertThat(values).hasSize(Exports.GDELT_COLUMNS.size());
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < values.length; i++) {
        row.put(Exports.GDELT_COLUMNS.get(i), values[i]);
      }
      return row;
    }).toList();
  }

  @Test
  void geoColumnsCarryFipsCountryCodesAndActorColumnsCameoOnes() throws Exception {
    List<Map<String, String>> rows = export();
    Map<String, String> berlin = rows.get(0);
    assertThat(berlin.get("ActionGeo_FullName")).isEqualTo("Berlin");
    assertThat(berlin.get("ActionGeo_CountryCode")).as("FIPS 10-4 for Germany").isEqualTo("GM");
    assertThat(berlin.get("ActionGeo_ADM1Code")).as("no division known: the country code alone").isEqualTo("GM");
    assertThat(berlin.get("ActionGeo_Type")).isEqualTo("4");
    assertThat(berlin.get("Actor1CountryCode")).as("CAMEO country code").isEqualTo("RUS");
    assertThat(berlin.get("Actor2CountryCode")).isEqualTo("CHN");
    assertThat(berlin.get("Actor1Geo_CountryCode")).isEmpty();
    assertThat(berlin.get("Actor1Geo_Type")).isEqualTo("0");
    assertThat(berlin.get("AvgTone")).isEqualTo("0");
  }

  @Test
  void aCountryWithoutAFipsCodeLeavesTheCellEmpty() throws Exception {
    Map<String, String> palikir = export().get(1);
    assertThat(palikir.get("ActionGeo_FullName")).isEqualTo("Palikir");
    assertThat(palikir.get("ActionGeo_CountryCode")).isEmpty();
    assertThat(palikir.get("ActionGeo_ADM1Code")).isEmpty();
    assertThat(palikir.get("ActionGeo_Lat")).isEqualTo("6.9200");
  }

  @Test
  void anEventPlacedInACountryIsOfGeoTypeCountry() throws Exception {
    Map<String, String> germany = export().get(2);
    assertThat(germany.get("ActionGeo_Type")).isEqualTo("1");
    assertThat(germany.get("ActionGeo_CountryCode")).isEqualTo("GM");
  }

  @Test
  void placesInTheUnitedStatesHaveGdeltsUsGeoTypes() throws Exception {
    List<Map<String, String>> rows = export();
    assertThat(rows.get(3).get("ActionGeo_Type")).as("a US city").isEqualTo("3");
    assertThat(rows.get(3).get("ActionGeo_CountryCode")).isEqualTo("US");
    assertThat(rows.get(4).get("ActionGeo_Type")).as("a US state").isEqualTo("2");
    assertThat(rows.get(5).get("ActionGeo_Type")).as("a division elsewhere").isEqualTo("5");
    assertThat(rows.get(5).get("ActionGeo_CountryCode")).isEqualTo("GM");
  }

  @Test
  void aKnownDivisionFollowsTheCountryCodeInAdm1() throws Exception {
    Divisions texasOnly = (name, country, kind) ->
        name.equals("Texas") && country.equals("USA") && kind.equals("administrative_region") ? Optional.of("TX") : Optional.empty();
    List<Map<String, String>> rows = export(texasOnly);
    assertThat(rows.get(4).get("ActionGeo_ADM1Code")).isEqualTo("USTX");
    assertThat(rows.get(3).get("ActionGeo_ADM1Code")).as("Houston's state is not stored").isEqualTo("US");
    assertThat(rows.get(0).get("ActionGeo_ADM1Code")).isEqualTo("GM");
  }

  @Test
  void actorColumnsTakeCameoCodesApartAsGdeltDoes() throws Exception {
    Actor romania = new Actor("ROUGOV", "Romania", Optional.of("ROU"), Optional.of("GOV"), ActorKind.STATE);
    Actor hezbollah = new Actor("HEZBOLLAH", "Hezbollah", Optional.empty(), Optional.of("REB"), ActorKind.ORGANISATION);
    Actor quad = new Actor("QUAD", "Quadrilateral Security Dialogue", Optional.empty(), Optional.empty(), ActorKind.ORGANISATION);
    Actor west = new Actor("WST", "the West", Optional.empty(), Optional.empty(), ActorKind.REGION);
    OrganisationCodes cameo = code -> switch (code) {
      case "NATO" -> Optional.of("IGOWSTNAT");
      case "HEZBOLLAH" -> Optional.of("LBNREBHEZ");
      default -> Optional.empty();
    };
    List<Map<String, String>> rows = export(List.of(
        article("n1", "Tass", "https://tass.example/n1", "2023-06-01",
            List.of(HandBuiltArticles.reported(NATO, "NATO", romania, "Romania", CONSULT, "2023-06-01", "held talks with"))),
        article("n2", "Tass", "https://tass.example/n2", "2023-06-02",
            List.of(HandBuiltArticles.reported(hezbollah, "Hezbollah", west, "the West", CONSULT, "2023-06-02", "held talks with"))),
        article("n3", "Tass", "https://tass.example/n3", "2023-06-03",
            List.of(HandBuiltArticles.reported(quad, "The Quad", CHINA, "China", CONSULT, "2023-06-03", "held talks with")))),
        Divisions.NONE, cameo);

    Map<String, String> nato = rows.get(0);
    assertThat(nato.get("Actor1Code")).isEqualTo("IGOWSTNAT");
    assertThat(nato.get("Actor1CountryCode")).as("CAMEO's region code, as GDELT writes it").isEqualTo("WST");
    assertThat(nato.get("Actor1KnownGroupCode")).isEqualTo("NAT");
    assertThat(nato.get("Actor1Type1Code")).isEqualTo("IGO");
    assertThat(nato.get("Actor2Code")).as("CAMEO spells Romania ROM, ISO ROU").isEqualTo("ROMGOV");
    assertThat(nato.get("Actor2CountryCode")).isEqualTo("ROM");
    assertThat(nato.get("Actor2Type1Code")).isEqualTo("GOV");
    assertThat(nato.get("Actor2KnownGroupCode")).isEmpty();

    Map<String, String> hezbollahRow = rows.get(1);
    assertThat(hezbollahRow.get("Actor1Code")).isEqualTo("LBNREBHEZ");
    assertThat(hezbollahRow.get("Actor1CountryCode")).isEqualTo("LBN");
    assertThat(hezbollahRow.get("Actor1KnownGroupCode")).isEqualTo("HEZ");
    assertThat(hezbollahRow.get("Actor1Type1Code")).isEqualTo("REB");
    assertThat(hezbollahRow.get("Actor2Code")).isEqualTo("WST");
    assertThat(hezbollahRow.get("Actor2CountryCode")).as("a region is a CAMEO country code").isEqualTo("WST");
    assertThat(hezbollahRow.get("Actor2KnownGroupCode")).isEmpty();

    Map<String, String> quadRow = rows.get(2);
    assertThat(quadRow.get("Actor1Code")).as("no CAMEO code: Annals' own").isEqualTo("QUAD");
    assertThat(quadRow.get("Actor1KnownGroupCode")).isEqualTo("QUAD");
    assertThat(quadRow.get("Actor1CountryCode")).isEmpty();
  }

  @Test
  void aPlaceWithItsDivisionGetsGdeltsAdm1Code() throws Exception {
    Place dallas = new Place("Dallas", Optional.of("USA"), 32.78, -96.80, PlaceKind.CITY, 1_300_000, Optional.of("TX"));
    Place kyiv = new Place("Kyiv", Optional.of("UKR"), 50.45, 30.52, PlaceKind.CITY, 2_900_000, Optional.of("12"));
    Place zurich = new Place("Zurich", Optional.of("CHE"), 47.37, 8.54, PlaceKind.CITY, 340_000, Optional.of("ZH"));
    List<Map<String, String>> rows = export(List.of(
        article("d1", "Tass", "https://tass.example/d1", "2023-07-01", List.of(talks("2023-07-01", dallas))),
        article("d2", "Tass", "https://tass.example/d2", "2023-07-02", List.of(talks("2023-07-02", kyiv))),
        article("d3", "Tass", "https://tass.example/d3", "2023-07-03", List.of(talks("2023-07-03", zurich)))),
        Divisions.NONE, OrganisationCodes.NONE);
    assertThat(rows.get(0).get("ActionGeo_ADM1Code")).as("a US city in its state").isEqualTo("USTX");
    assertThat(rows.get(1).get("ActionGeo_ADM1Code")).as("GeoNames' FIPS division code for Kyiv city").isEqualTo("UP12");
    assertThat(rows.get(2).get("ActionGeo_ADM1Code")).as("GeoNames codes Swiss cantons by ISO, not FIPS").isEqualTo("SZ");
  }
}
