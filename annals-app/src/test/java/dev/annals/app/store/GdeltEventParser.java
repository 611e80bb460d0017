package dev.annals.app.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GDELT 2.0 event-table file as GDELT's own tooling does: tab-separated, no header, 61
 * columns in the order of the GDELT Event Codebook V2.0 (written out here independently of the
 * exporter's list, so a column out of place shows).
 */
final class GdeltEventParser {
  static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  record Row(List<String> values) {
    String get(String column) {
      int index = COLUMNS.indexOf(column);
      if (index < 0) {
        throw new IllegalArgumentException("no GDELT column " + column);
      }
      return values.get(index);
    }
  }

  static List<Row> parse(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      String[] values = line.split("\t", -1);
      if (values.length != COLUMNS.size()) {
        throw new IOException(file + ":" + number + ": " + values.length + " columns, GDELT 2.0 has " + COLUMNS.size());
      }
      for (String numeric : List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
          "NumSources", "NumArticles", "ActionGeo_Type")) {
        Long.parseLong(values[COLUMNS.indexOf(numeric)]);
      }
      for (String decimal : List.of("FractionDate", "GoldsteinScale", "AvgTone")) {
        Double.parseDouble(values[COLUMNS.indexOf(decimal)]);
      }
      rows.add(new Row(List.of(values)));
    }
    return rows;
  }
}
