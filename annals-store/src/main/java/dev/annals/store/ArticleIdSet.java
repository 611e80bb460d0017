package dev.annals.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * A fingerprint of a set of article ids: how many there are and the exclusive or of a 64-bit hash
 * of each (the first 8 bytes of the MD5 of its UTF-8 bytes). Adding or removing one id updates it
 * in constant time, so the database (its {@code article_id_set} row) and the full-text index (its
 * commit data) each keep theirs as they store articles, and opening the store compares the two
 * without reading any id. DuckDB computes the same value over a table in one scan, for a store
 * whose row is missing. Two different sets share a fingerprint only by a 64-bit hash collision.
 *
 * @param count how many ids
 * @param hash the exclusive or of the ids' hashes
 */
record ArticleIdSet(long count, long hash) {
  static final ArticleIdSet EMPTY = new ArticleIdSet(0, 0);

  /** The commit user data keys under which the full-text index keeps its fingerprint. */
  static final String COUNT_KEY = "annals.article_ids.count";
  static final String HASH_KEY = "annals.article_ids.hash";

  /** The SQL expression that DuckDB evaluates to {@link #hashOf} of an id column. */
  private static final String SQL_HASH = "('0x' || substr(md5(article_id), 1, 16))::UBIGINT";

  ArticleIdSet {
    if (count < 0) {
      throw new IllegalArgumentException("an id set cannot hold " + count + " ids");
    }
  }

  ArticleIdSet with(String id) {
    return new ArticleIdSet(count + 1, hash ^ hashOf(id));
  }

  ArticleIdSet without(String id) {
    return new ArticleIdSet(count - 1, hash ^ hashOf(id));
  }

  static long hashOf(String id) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("MD5").digest(id.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (digest[i] & 0xff);
    }
    return value;
  }

  /** The fingerprint of the ids in the store's articles table (or view), computed by DuckDB. */
  static ArticleIdSet ofArticles(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
            "SELECT count(*), CAST(bit_xor(" + SQL_HASH + ") AS VARCHAR) FROM articles");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      String hash = rows.getString(2);
      return new ArticleIdSet(rows.getLong(1), hash == null ? 0 : Long.parseUnsignedLong(hash));
    }
  }

  /**
   * The fingerprint kept in the store's {@code article_id_set} row; empty when the row is missing
   * (a store from before it) or when its count is not the articles table's (rows changed by hand).
   */
  static Optional<ArticleIdSet> kept(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
            "SELECT article_count, id_hash, (SELECT count(*) FROM articles) FROM article_id_set");
        ResultSet rows = statement.executeQuery()) {
      if (!rows.next() || rows.getLong(1) != rows.getLong(3)) {
        return Optional.empty();
      }
      ArticleIdSet kept = new ArticleIdSet(rows.getLong(1), Long.parseUnsignedLong(rows.getString(2)));
      return rows.next() ? Optional.empty() : Optional.of(kept);
    }
  }

  /** Replaces the store's {@code article_id_set} row, in the connection's transaction if one is open. */
  void keep(Connection connection) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article_id_set")) {
      delete.execute();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article_id_set VALUES (?, ?)")) {
      insert.setLong(1, count);
      insert.setString(2, Long.toUnsignedString(hash));
      insert.execute();
    }
  }

  Map<String, String> commitData() {
    return Map.of(COUNT_KEY, Long.toString(count), HASH_KEY, Long.toUnsignedString(hash));
  }

  /** The fingerprint kept in an index commit's user data; empty when the commit holds none. */
  static Optional<ArticleIdSet> fromCommitData(Map<String, String> data) {
    String count = data.get(COUNT_KEY);
    String hash = data.get(HASH_KEY);
    if (count == null || hash == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ArticleIdSet(Long.parseLong(count), Long.parseUnsignedLong(hash)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
