package dev.annals.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Writes the aggregated events out of the store. */
public final class Exports {
  /** Export formats. */
  public enum Format {
    /** GDELT 2.0 event table: 61 tab-separated columns, no header, in GDELT's order. */
    GDELT,
    /** The events table, flat, with a header. */
    CSV,
    /** One JSON object per event with nested actors, place and every mention (the full record). */
    JSONL,
    /** The same records as JSONL, as Parquet. */
    PARQUET
  }

  /** The GDELT 2.0 event table's columns, in order (GDELT Event Codebook V2.0). */
  public static final List<String> GDELT_COLUMNS = gdeltColumns();

  /**
   * Countries whose places' admin-1 codes (GeoNames') are not the FIPS 10-4 division codes GDELT
   * writes: GeoNames codes Switzerland, Belgium and Montenegro by ISO 3166-2 and the United
   * Kingdom by its nations (ENG, SCT). Their ADM1 cells hold the country code alone. (GeoNames'
   * US codes are the states' postal codes, which is what GDELT writes after "US".)
   */
  private static final java.util.Set<String> NOT_FIPS_DIVISIONS = java.util.Set.of("CHE", "BEL", "MNE", "GBR");

  private final Connection connection;
  private final Divisions divisions;
  private final OrganisationCodes organisations;

  /**
   * Exports that know no first-level divisions (GDELT's ADM1 columns hold the country code alone)
   * and no CAMEO codes of organisations (GDELT's actor columns hold Annals' codes for them).
   */
  public Exports(EventStore store) {
    this(store, Divisions.NONE, OrganisationCodes.NONE);
  }

  public Exports(EventStore store, Divisions divisions, OrganisationCodes organisations) {
    this.connection = Objects.requireNonNull(store, "store").connection();
    this.divisions = Objects.requireNonNull(divisions, "divisions");
    this.organisations = Objects.requireNonNull(organisations, "organisations");
  }

  /** Writes the events that pass the filter; returns how many. */
  public long write(Format format, Path file, EventFilter filter) throws SQLException, IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return switch (format) {
      case GDELT -> writeGdelt(file, filter);
      case CSV -> copy("SELECT e.* FROM events e WHERE " + filter.where().sql() + " ORDER BY e.date_start, e.event_id",
          filter, file, "FORMAT csv, HEADER");
      case JSONL -> copy(fullRecordQuery(filter), filter, file, "FORMAT json");
      case PARQUET -> copy(fullRecordQuery(filter), filter, file, "FORMAT parquet");
    };
  }

  /**
   * DuckDB's COPY takes the query's parameters bound, but not the file name: that one is quoted
   * as a SQL string literal.
   */
  private long copy(String query, EventFilter filter, Path file, String options) throws SQLException {
    String target = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    List<Object> parameters = filter.where().parameters();
    try (PreparedStatement statement = connection.prepareStatement("COPY (" + query + ") TO " + target + " (" + options + ")")) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      statement.execute();
    }
    try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM events e WHERE " + filter.where().sql())) {
      for (int i = 0; i < parameters.size(); i++) {
        count.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** Events with the field names of the event record (EventJson), nested as there, with their mentions. */
  static String fullRecordQuery(EventFilter filter) {
    return "SELECT e.event_id, e.date, e.date_start, e.date_end, e.date_precision, "
        + "struct_pack(code := e.source_code, name := e.source_name, country := e.source_country) AS source, "
        + "CASE WHEN e.target_code IS NULL THEN NULL ELSE struct_pack(code := e.target_code, name := e.target_name, country := e.target_country) END AS target, "
        + "e.cameo_code, e.root_code, e.quad_class, e.goldstein, e.modality, e.negated, "
        + "CASE WHEN e.place_name IS NULL THEN NULL ELSE struct_pack(name := e.place_name, country := e.place_country, "
        + "latitude := e.place_latitude, longitude := e.place_longitude) END AS place, "
        + "e.num_mentions, e.num_sources, e.num_articles, e.is_root_event, e.source_url, e.date_added, "
        + "(SELECT list(struct_pack(article_id := m.article_id, sentence_index := m.sentence_index, sentence := m.sentence, "
        + "evidence_start := m.evidence_start, evidence_end := m.evidence_end, evidence := m.evidence, trigger := m.trigger, "
        + "source_text := m.source_text, source_code := m.source_code, source_sector := m.source_sector, source_kind := m.source_kind, "
        + "target_text := m.target_text, target_code := m.target_code, target_sector := m.target_sector, target_kind := m.target_kind, "
        + "cameo_code := m.cameo_code, cameo_name := m.cameo_name, goldstein := m.goldstein, date := m.date, "
        + "date_precision := m.date_precision, date_origin := m.date_origin, modality := m.modality, negated := m.negated, "
        + "place_name := m.place_name, place_kind := m.place_kind, place_admin1 := m.place_admin1, quote_index := m.quote_index, confidence := m.confidence, "
        + "is_root_event := m.is_root_event) ORDER BY m.article_id, m.event_index, m.mention_index) "
        + "FROM event_links l JOIN event_mentions m ON m.mention_id = l.mention_id WHERE l.event_id = e.event_id) AS mentions "
        + "FROM events e WHERE " + filter.where().sql() + " ORDER BY e.date_start, e.event_id";
  }

  private long writeGdelt(Path file, EventFilter filter) throws SQLException, IOException {
    EventFilter.Where where = filter.where();
    String sql = "SELECT e.event_id, e.date_start, e.source_code, e.source_name, e.source_country, e.target_code, e.target_name, "
        + "e.target_country, e.is_root_event, e.cameo_code, e.root_code, e.quad_class, e.goldstein, e.num_mentions, "
        + "e.num_sources, e.num_articles, e.place_name, e.place_country, e.place_latitude, e.place_longitude, "
        + "(SELECT any_value(m.place_kind) FROM event_links l JOIN event_mentions m ON m.mention_id = l.mention_id "
        + " WHERE l.event_id = e.event_id) AS place_kind, "
        + "(SELECT any_value(m.place_admin1) FROM event_links l JOIN event_mentions m ON m.mention_id = l.mention_id "
        + " WHERE l.event_id = e.event_id) AS place_admin1, "
        + "(SELECT mode(m.source_sector) FROM event_links l JOIN event_mentions m ON m.mention_id = l.mention_id "
        + " WHERE l.event_id = e.event_id) AS source_sector, "
        + "(SELECT mode(m.target_sector) FROM event_links l JOIN event_mentions m ON m.mention_id = l.mention_id "
        + " WHERE l.event_id = e.event_id) AS target_sector, "
        + "e.date_added, e.source_url FROM events e WHERE " + where.sql() + " ORDER BY e.date_start, e.event_id";
    long written = 0;
    DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
    DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    try (PreparedStatement statement = connection.prepareStatement(sql);
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < where.parameters().size(); i++) {
        statement.setObject(i + 1, where.parameters().get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          LocalDate date = rows.getDate("date_start").toLocalDate();
          List<String> row = new ArrayList<>(61);
          row.add(Long.toString(Long.parseLong(rows.getString("event_id").substring(0, 15), 16)));
          row.add(date.format(day));
          row.add(date.format(DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT)));
          row.add(Integer.toString(date.getYear()));
          row.add(String.format(Locale.ROOT, "%.4f", date.getYear() + (date.getDayOfYear() - 1) / 365.0));
          actor(row, rows.getString("source_code"), rows.getString("source_name"), rows.getString("source_country"),
              rows.getString("source_sector"));
          actor(row, rows.getString("target_code"), rows.getString("target_name"), rows.getString("target_country"),
              rows.getString("target_sector"));
          row.add(rows.getBoolean("is_root_event") ? "1" : "0");
          String code = rows.getString("cameo_code");
          row.add(code);
          row.add(code.length() > 3 ? code.substring(0, 3) : code);
          row.add(rows.getString("root_code"));
          row.add(Integer.toString(rows.getInt("quad_class")));
          row.add(String.format(Locale.ROOT, "%.1f", rows.getDouble("goldstein")));
          row.add(Integer.toString(rows.getInt("num_mentions")));
          row.add(Integer.toString(rows.getInt("num_sources")));
          row.add(Integer.toString(rows.getInt("num_articles")));
          row.add("0"); // AvgTone: Annals does not score tone
          geo(row, null, null, null, null, null, null); // Actor1Geo: Annals places events, not actors
          geo(row, null, null, null, null, null, null); // Actor2Geo
          geo(row, rows.getString("place_name"), rows.getString("place_country"), (Double) rows.getObject("place_latitude"),
              (Double) rows.getObject("place_longitude"), rows.getString("place_kind"), rows.getString("place_admin1"));
          Timestamp added = rows.getTimestamp("date_added");
          row.add(added.toLocalDateTime().format(stamp));
          row.add(clean(rows.getString("source_url")));
          if (row.size() != GDELT_COLUMNS.size()) {
            throw new IllegalStateException("GDELT row has " + row.size() + " columns, not " + GDELT_COLUMNS.size());
          }
          out.write(String.join("\t", row));
          out.write('\n');
          written++;
        }
      }
    }
    return written;
  }

  /** Actor code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3: ten columns. */
  private void actor(List<String> row, String code, String name, String country, String sector) {
    Optional<String> cameo = code == null || country != null ? Optional.empty() : organisations.cameo(code);
    for (String column : GdeltActorColumns.shared().of(code, name, country, sector, cameo)) {
      row.add(clean(column));
    }
  }

  /**
   * Geo type, full name, country code, ADM1, ADM2, latitude, longitude, feature id: eight
   * columns. The country code is FIPS
   * 10-4, as GDELT writes it, mapped from the ISO-3 code Annals stores ({@link FipsCountryCodes});
   * a country with no FIPS code leaves the cell empty. ADM1 is the FIPS country code followed by
   * the first-level division's code where Annals knows it, else the country code alone, as GDELT
   * writes it for places it cannot put in a division.
   */
  private void geo(List<String> row, String name, String country, Double latitude, Double longitude, String kind, String admin1) {
    if (name == null) {
      for (int i = 0; i < 8; i++) {
        row.add(i == 0 ? "0" : "");
      }
      return;
    }
    // GDELT's geo types: 1 country, 2 US state, 3 US city or landmark, 4 city or landmark
    // elsewhere, 5 first-level division elsewhere. Seas and regions have no type of their own: 4.
    boolean unitedStates = "USA".equals(country);
    String type = switch (kind == null ? "" : kind) {
      case "country" -> "1";
      case "administrative_region" -> unitedStates ? "2" : "5";
      default -> unitedStates ? "3" : "4";
    };
    String fips = country == null ? "" : FipsCountryCodes.shared().fips(country).orElse("");
    Optional<String> division = fips.isEmpty() ? Optional.empty()
        : admin1 != null && !NOT_FIPS_DIVISIONS.contains(country) ? Optional.of(admin1)
        : divisions.of(name, country, kind == null ? "" : kind);
    row.add(type);
    row.add(clean(name));
    row.add(fips);
    row.add(fips + division.map(Exports::clean).orElse(""));
    row.add("");
    row.add(latitude == null ? "" : String.format(Locale.ROOT, "%.4f", latitude));
    row.add(longitude == null ? "" : String.format(Locale.ROOT, "%.4f", longitude));
    row.add("");
  }

  private static String clean(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ");
  }

  private static List<String> gdeltColumns() {
    List<String> columns = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String field : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        columns.add(actor + field);
      }
    }
    columns.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String field : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
        columns.add(geo + field);
      }
    }
    columns.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(columns);
  }

}
