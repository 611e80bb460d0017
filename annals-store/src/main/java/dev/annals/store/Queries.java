package dev.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The questions the query commands ask of the store, each one SQL statement with bound parameters. */
public final class Queries {
  /** How events are ordered. */
  public enum Sort {
    DATE("e.date_start"),
    MENTIONS("e.num_mentions"),
    SOURCES("e.num_sources"),
    GOLDSTEIN("e.goldstein");

    private final String column;

    Sort(String column) {
      this.column = column;
    }
  }

  /** Timeline periods. */
  public enum Period {
    DAY,
    WEEK,
    MONTH
  }

  static final String EVENT_COLUMNS =
      "e.event_id, e.date, e.source_code, e.source_name, e.target_code, e.target_name, e.cameo_code, e.root_code, "
          + "e.quad_class, round(e.goldstein, 2) AS goldstein, e.modality, e.negated, e.place_name, e.place_country, "
          + "e.num_mentions, e.num_sources, e.num_articles, e.is_root_event, e.source_url";

  private final Connection connection;

  public Queries(EventStore store) {
    this.connection = Objects.requireNonNull(store, "store").connection();
  }

  public Table events(EventFilter filter, Sort sort, boolean descending, int limit, int offset) throws SQLException {
    EventFilter.Where where = filter.where();
    String order = sort.column + (descending ? " DESC" : " ASC") + ", e.date_start, e.event_id";
    String sql = "SELECT " + EVENT_COLUMNS + " FROM events e WHERE " + where.sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?";
    List<Object> parameters = new ArrayList<>(where.parameters());
    parameters.add(limit);
    parameters.add(offset);
    return query(sql, parameters);
  }

  /** Who acts on whom most: events, mentions and mean Goldstein per directed pair. */
  public Table dyads(EventFilter filter, int limit) throws SQLException {
    EventFilter.Where where = filter.where();
    String sql = "SELECT e.source_code, e.target_code, count(*) AS events, sum(e.num_mentions) AS mentions, "
        + "round(avg(e.goldstein), 2) AS mean_goldstein FROM events e WHERE e.target_code IS NOT NULL AND " + where.sql()
        + " GROUP BY e.source_code, e.target_code ORDER BY events DESC, mentions DESC, e.source_code, e.target_code LIMIT ?";
    List<Object> parameters = new ArrayList<>(where.parameters());
    parameters.add(limit);
    return query(sql, parameters);
  }

  /** Events per period with their mentions and mean Goldstein value. */
  public Table timeline(EventFilter filter, Period period) throws SQLException {
    return timeline("events", filter, period);
  }

  /** The same over another table with the events table's columns (the benchmark's synthetic one). */
  public Table timeline(String table, EventFilter filter, Period period) throws SQLException {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    EventFilter.Where where = filter.where();
    String unit = period.name().toLowerCase(Locale.ROOT);
    String sql = "SELECT CAST(date_trunc('" + unit + "', e.date_start) AS DATE) AS period, count(*) AS events, "
        + "sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 2) AS mean_goldstein FROM " + table + " e WHERE "
        + where.sql() + " GROUP BY period ORDER BY period";
    return query(sql, where.parameters());
  }

  /** Actors by how often they are named, with how often they act and are acted upon. */
  public Table actors(java.util.Optional<String> codePrefix, int limit) throws SQLException {
    String sql = "SELECT a.code, a.name, a.country, a.sector, a.kind, a.mentions, a.articles, "
        + "(SELECT count(*) FROM events e WHERE e.source_code = a.code) AS as_source, "
        + "(SELECT count(*) FROM events e WHERE e.target_code = a.code) AS as_target "
        + "FROM actors a WHERE a.code LIKE ? ORDER BY a.mentions DESC, a.code LIMIT ?";
    return query(sql, List.of(codePrefix.map(c -> c.toUpperCase(Locale.ROOT)).orElse("") + "%", limit));
  }

  /** One article's stored fields, no rows when it is not stored. */
  public Table article(String articleId) throws SQLException {
    return query("SELECT article_id, title, publisher, author, url, publication_date, origin, text FROM articles WHERE article_id = ?",
        List.of(articleId));
  }

  /** The event mentions read in one article, with the aggregated event each belongs to. */
  public Table articleMentions(String articleId) throws SQLException {
    return query("SELECT l.event_id, m.sentence_index, m.source_code, m.cameo_code, m.target_code, m.date, m.modality, "
        + "m.negated, m.place_name, m.trigger, m.evidence FROM event_mentions m LEFT JOIN event_links l ON l.mention_id = m.mention_id "
        + "WHERE m.article_id = ? ORDER BY m.event_index, m.mention_index", List.of(articleId));
  }

  /** Copies of an article stored as more sources. */
  public Table articleCopies(String articleId) throws SQLException {
    return query("SELECT article_id, publisher, url, kind, round(similarity, 2) AS similarity FROM article_copies "
        + "WHERE original_id = ? ORDER BY article_id", List.of(articleId));
  }

  /** Runs a query with bound parameters. */
  public Table query(String sql, List<?> parameters) throws SQLException {
    return Table.read(connection, sql, parameters);
  }
}
