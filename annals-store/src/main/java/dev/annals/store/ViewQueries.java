package dev.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The questions the HTTP API and the web UI ask: the query commands' questions plus the ones a
 * browser needs (counts for paging, one event with its mentions, an article with every
 * annotation, the timeline by quad class, events by place). Each is one SQL statement with bound
 * parameters.
 *
 * <p>Runs on any connection to the store's database, so a server can give each request thread
 * its own ({@code DuckDBConnection.duplicate()}): one DuckDB connection runs one statement at a
 * time.
 */
public final class ViewQueries {
  static final String LIST_COLUMNS = Queries.EVENT_COLUMNS
      + ", e.date_precision, e.place_latitude, e.place_longitude, e.first_article_id";

  private final Connection connection;

  public ViewQueries(Connection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /** How many aggregated events pass the filter. */
  public long count(EventFilter filter) throws SQLException {
    EventFilter.Where where = filter.where();
    return ((Number) query("SELECT count(*) AS n FROM events e WHERE " + where.sql(), where.parameters()).value(0, "n")).longValue();
  }

  /** A page of events, as {@link Queries#events} with places' coordinates and the first article. */
  public Table events(EventFilter filter, Queries.Sort sort, boolean descending, int limit, int offset) throws SQLException {
    EventFilter.Where where = filter.where();
    String column = switch (sort) {
      case DATE -> "e.date_start";
      case MENTIONS -> "e.num_mentions";
      case SOURCES -> "e.num_sources";
      case GOLDSTEIN -> "e.goldstein";
    };
    String order = column + (descending ? " DESC" : " ASC") + ", e.date_start, e.event_id";
    List<Object> parameters = new ArrayList<>(where.parameters());
    parameters.add(limit);
    parameters.add(offset);
    return query("SELECT " + LIST_COLUMNS + " FROM events e WHERE " + where.sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?",
        parameters);
  }

  /** One aggregated event with every column and the CAMEO name most of its mentions carry; no rows when absent. */
  public Table event(String eventId) throws SQLException {
    return query("SELECT e.*, (SELECT mode(m.cameo_name) FROM event_links l JOIN event_mentions m ON m.mention_id = l.mention_id "
        + "WHERE l.event_id = e.event_id) AS cameo_name FROM events e WHERE e.event_id = ?", List.of(eventId));
  }

  /** Every mention of an aggregated event with the article that reports it. */
  public Table eventMentions(String eventId) throws SQLException {
    return query("SELECT m.mention_id, m.article_id, a.title, a.publisher, a.url, a.publication_date, m.sentence_index, m.sentence, "
        + "m.evidence_start, m.evidence_end, m.evidence, m.trigger, m.source_code, m.source_text, m.target_code, m.target_text, "
        + "m.cameo_code, m.cameo_name, m.goldstein, m.date, m.date_precision, m.date_origin, m.modality, m.negated, "
        + "m.place_name, m.place_country, m.quote_index, m.confidence "
        + "FROM event_links l JOIN event_mentions m ON m.mention_id = l.mention_id JOIN articles a ON a.article_id = m.article_id "
        + "WHERE l.event_id = ? ORDER BY a.publication_date NULLS LAST, m.article_id, m.event_index, m.mention_index",
        List.of(eventId));
  }

  /** Events per period and quad class with their mean Goldstein value. */
  public Table timelineByQuadClass(EventFilter filter, Queries.Period period) throws SQLException {
    EventFilter.Where where = filter.where();
    String unit = period.name().toLowerCase(Locale.ROOT);
    return query("SELECT CAST(date_trunc('" + unit + "', e.date_start) AS DATE) AS period, e.quad_class, count(*) AS events, "
        + "sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 2) AS mean_goldstein FROM events e WHERE " + where.sql()
        + " GROUP BY period, e.quad_class ORDER BY period, e.quad_class", where.parameters());
  }

  /** Directed pairs as {@link Queries#dyads} with the actors' names. */
  public Table dyads(EventFilter filter, int limit) throws SQLException {
    EventFilter.Where where = filter.where();
    List<Object> parameters = new ArrayList<>(where.parameters());
    parameters.add(limit);
    return query("SELECT e.source_code, mode(e.source_name) AS source_name, e.target_code, mode(e.target_name) AS target_name, "
        + "count(*) AS events, sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 2) AS mean_goldstein "
        + "FROM events e WHERE e.target_code IS NOT NULL AND " + where.sql()
        + " GROUP BY e.source_code, e.target_code ORDER BY events DESC, mentions DESC, e.source_code, e.target_code LIMIT ?",
        parameters);
  }

  /** Actors as {@link Queries#actors}. */
  public Table actors(Optional<String> codePrefix, int limit) throws SQLException {
    String sql = "SELECT a.code, a.name, a.country, a.sector, a.kind, a.mentions, a.articles, "
        + "(SELECT count(*) FROM events e WHERE e.source_code = a.code) AS as_source, "
        + "(SELECT count(*) FROM events e WHERE e.target_code = a.code) AS as_target "
        + "FROM actors a WHERE a.code LIKE ? ESCAPE '\\' ORDER BY a.mentions DESC, a.code LIMIT ?";
    return query(sql, List.of(likePrefix(codePrefix.orElse("")), limit));
  }

  /** Events grouped by place (for a map): coordinates, events per quad class, mean Goldstein. */
  public Table places(EventFilter filter, int limit) throws SQLException {
    EventFilter.Where where = filter.where();
    List<Object> parameters = new ArrayList<>(where.parameters());
    parameters.add(limit);
    return query("SELECT e.place_name, e.place_country, e.place_latitude AS latitude, e.place_longitude AS longitude, "
        + "count(*) AS events, count(*) FILTER (WHERE e.quad_class = 1) AS quad1, count(*) FILTER (WHERE e.quad_class = 2) AS quad2, "
        + "count(*) FILTER (WHERE e.quad_class = 3) AS quad3, count(*) FILTER (WHERE e.quad_class = 4) AS quad4, "
        + "round(avg(e.goldstein), 2) AS mean_goldstein FROM events e WHERE e.place_latitude IS NOT NULL "
        + "AND e.place_longitude IS NOT NULL AND " + where.sql()
        + " GROUP BY e.place_name, e.place_country, e.place_latitude, e.place_longitude ORDER BY events DESC, e.place_name LIMIT ?",
        parameters);
  }

  /** Stored articles, newest first, with how many event mentions were read in each. */
  public Table articles(int limit, int offset) throws SQLException {
    return query("SELECT a.article_id, a.title, a.publisher, a.url, a.publication_date, a.reference_date, "
        + "(SELECT count(*) FROM event_mentions m WHERE m.article_id = a.article_id) AS mentions FROM articles a "
        + "ORDER BY a.reference_date DESC, a.article_id LIMIT ? OFFSET ?", List.of(limit, offset));
  }

  public long articleCount() throws SQLException {
    return ((Number) query("SELECT count(*) AS n FROM articles", List.of()).value(0, "n")).longValue();
  }

  /** One article's stored fields; no rows when absent. */
  public Table article(String articleId) throws SQLException {
    return query("SELECT article_id, title, publisher, author, url, publication_date, reference_date, reference_date_origin, "
        + "origin, text FROM articles WHERE article_id = ?", List.of(articleId));
  }

  public Table articleSentences(String articleId) throws SQLException {
    return query("SELECT sentence_index, start_offset, end_offset FROM sentences WHERE article_id = ? ORDER BY sentence_index",
        List.of(articleId));
  }

  public Table articleActors(String articleId) throws SQLException {
    return query("SELECT start_offset, end_offset, text, code, name, country, sector, kind FROM actor_mentions "
        + "WHERE article_id = ? ORDER BY start_offset, end_offset", List.of(articleId));
  }

  public Table articleQuotes(String articleId) throws SQLException {
    return query("SELECT quote_index, sentence_index, start_offset, end_offset, text, direct, speaker_code, speaker_text, speaker_name "
        + "FROM quotes WHERE article_id = ? ORDER BY quote_index", List.of(articleId));
  }

  /** Every event mention of an article with its aggregated event and how many articles report that event. */
  public Table articleMentions(String articleId) throws SQLException {
    return query("SELECT m.mention_id, l.event_id, m.event_index, m.sentence_index, m.evidence_start, m.evidence_end, m.evidence, "
        + "m.trigger, m.source_code, m.source_text, m.source_name, m.target_code, m.target_text, m.target_name, m.cameo_code, "
        + "m.cameo_name, m.root_code, m.quad_class, m.goldstein, m.date, m.date_precision, m.date_origin, m.modality, m.negated, "
        + "m.place_name, m.place_country, m.quote_index, m.confidence, e.num_articles, e.num_mentions "
        + "FROM event_mentions m LEFT JOIN event_links l ON l.mention_id = m.mention_id LEFT JOIN events e ON e.event_id = l.event_id "
        + "WHERE m.article_id = ? ORDER BY m.event_index, m.mention_index", List.of(articleId));
  }

  public Table articleCopies(String articleId) throws SQLException {
    return query("SELECT article_id, publisher, url, kind, round(similarity, 2) AS similarity FROM article_copies "
        + "WHERE original_id = ? ORDER BY article_id", List.of(articleId));
  }

  /** The article a stored copy repeats, empty when the id is not a copy. */
  public Optional<String> originalOf(String copyId) throws SQLException {
    Table rows = query("SELECT original_id FROM article_copies WHERE article_id = ?", List.of(copyId));
    return rows.size() == 0 ? Optional.empty() : Optional.of((String) rows.value(0, "original_id"));
  }

  /** Quotes, optionally by speaker code prefix and words they contain, newest article first. */
  public Table quotes(Optional<String> speaker, Optional<String> text, int limit, int offset) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String where = quoteWhere(speaker, text, parameters);
    parameters.add(limit);
    parameters.add(offset);
    return query("SELECT q.article_id, a.title, a.reference_date, q.quote_index, q.sentence_index, q.text, q.direct, "
        + "q.speaker_code, q.speaker_text, q.speaker_name FROM quotes q JOIN articles a ON a.article_id = q.article_id WHERE "
        + where + " ORDER BY a.reference_date DESC, q.article_id, q.quote_index LIMIT ? OFFSET ?", parameters);
  }

  public long quoteCount(Optional<String> speaker, Optional<String> text) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String where = quoteWhere(speaker, text, parameters);
    return ((Number) query("SELECT count(*) AS n FROM quotes q WHERE " + where, parameters).value(0, "n")).longValue();
  }

  private static String quoteWhere(Optional<String> speaker, Optional<String> text, List<Object> parameters) {
    List<String> conditions = new ArrayList<>();
    speaker.ifPresent(s -> {
      conditions.add("q.speaker_code LIKE ? ESCAPE '\\'");
      parameters.add(likePrefix(s));
    });
    text.ifPresent(t -> {
      conditions.add("q.text ILIKE ? ESCAPE '\\'");
      parameters.add("%" + escapeLike(t) + "%");
    });
    return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
  }

  private static String likePrefix(String code) {
    return escapeLike(code.toUpperCase(Locale.ROOT)) + "%";
  }

  private static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private Table query(String sql, List<?> parameters) throws SQLException {
    return Table.read(connection, sql, parameters);
  }
}
