package dev.annals.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Merges event mentions into GDELT-style events: mentions that share a date value (at its own
 * precision, so a day, a week or a month), source and target actor codes, CAMEO root code, place,
 * modality and negation are one event, with its numbers of mentions, documents and distinct
 * publishers, a root-event flag, the first source URL, the mean Goldstein value, and links to
 * every mention ({@code event_links}).
 *
 * <p>Why a rebuild after each ingest run rather than incremental updates: one new article can join
 * an existing event, change its counts, its first source and its most frequent code, and a copy
 * of an article changes the source counts of all that article's events. Recomputing is one
 * GROUP BY over {@code event_mentions}, which DuckDB does in about a second per few million
 * mentions, always gives the same answer as a fresh run, and is idempotent: a kill between
 * ingest and aggregation is healed by the next run. Event ids are a hash of the grouping key,
 * so they stay the same across rebuilds.
 */
public final class Aggregation {
  private Aggregation() {}

  static void rebuild(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    try {
      SqlScript.load("aggregate.sql").run(connection);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
