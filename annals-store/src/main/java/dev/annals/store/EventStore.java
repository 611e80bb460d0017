package dev.annals.store;

import dev.annals.model.Quote;
import dev.annals.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The embedded store in one folder: {@code annals.duckdb} (every table) and {@code lucene/} (the
 * full-text index). One process opens a folder at a time (both DuckDB and Lucene lock it).
 *
 * <p>Writes are transactions of whole articles: a kill leaves each article either stored with all
 * its rows or not at all. DuckDB is the truth; the Lucene index is written after each DuckDB
 * commit and brought back in line with DuckDB whenever the store is opened, so a kill between the
 * two commits costs nothing.
 */
public final class EventStore implements AutoCloseable {
  /** GDELT's root event is one reported in the lead paragraph; Annals takes the first sentences. */
  public static final int ROOT_SENTENCES = 3;

  public static final String DATABASE_FILE = "annals.duckdb";
  public static final String INDEX_FOLDER = "lucene";

  private final Path folder;
  private final Connection connection;
  private final FullTextIndex index;
  private final Clock clock;
  private static final long INDEX_COMMIT_INTERVAL_NANOS = 30_000_000_000L;
  private long lastIndexCommit = System.nanoTime();
  private IndexRepair indexRepair;
  /** The fingerprint of DuckDB's article ids, as its article_id_set row keeps it. */
  private ArticleIdSet storedArticles = ArticleIdSet.EMPTY;
  /** The index folder of a store attached in memory, removed on close. */
  private Path temporaryIndexFolder;

  private EventStore(Path folder, Connection connection, FullTextIndex index, Clock clock) {
    this.folder = folder;
    this.connection = connection;
    this.index = index;
    this.clock = clock;
  }

  /** Opens (creating when absent) the store in a folder. */
  public static EventStore open(Path folder) throws IOException, SQLException {
    return open(folder, Clock.systemUTC());
  }

  public static EventStore open(Path folder, Clock clock) throws IOException, SQLException {
    Files.createDirectories(folder);
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(DATABASE_FILE).toAbsolutePath());
    } catch (SQLException e) {
      throw new SQLException("cannot open the store in " + folder + ": " + e.getMessage()
          + " (is another annals process using it?)", e);
    }
    FullTextIndex index = null;
    try {
      SqlScript.load("schema.sql").run(connection);
      if (isBaseTable(connection, "event_mentions")) {
        SqlScript.load("migrations.sql").run(connection); // attached Parquet tables are views, and stay as the job wrote them
      }
      index = new FullTextIndex(folder.resolve(INDEX_FOLDER));
      EventStore store = new EventStore(folder, connection, index, clock);
      store.reconcileIndex();
      return store;
    } catch (IOException | SQLException | RuntimeException e) {
      if (index != null) {
        index.close();
      }
      connection.close();
      throw e;
    }
  }

  /**
   * Whether a folder holds the Parquet tables the Spark job writes (annals-spark's AnnalsJob): one
   * folder of Parquet files per store table.
   */
  public static boolean isParquetTables(Path folder) {
    return !Files.isRegularFile(folder.resolve(DATABASE_FILE))
        && StoreSchema.TABLES.stream().allMatch(table -> Files.isDirectory(folder.resolve(table)));
  }

  /**
   * Opens the Spark job's Parquet tables for queries: an in-memory DuckDB with one view per table
   * over {@code read_parquet}, and a full-text index built into a temporary folder (removed on
   * close). Read-only: {@link #write} fails. For repeated queries over a large output, {@link
   * #attachParquet(Path, Path)} keeps the views and the index in a store folder instead.
   */
  public static EventStore attachParquet(Path parquetFolder) throws IOException, SQLException {
    Path indexFolder = Files.createTempDirectory("annals-attached-index-");
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    FullTextIndex index = null;
    try {
      createParquetViews(connection, parquetFolder);
      index = new FullTextIndex(indexFolder);
      EventStore store = new EventStore(parquetFolder, connection, index, Clock.systemUTC());
      store.temporaryIndexFolder = indexFolder;
      store.reconcileIndex();
      return store;
    } catch (IOException | SQLException | RuntimeException e) {
      if (index != null) {
        index.close();
      }
      connection.close();
      deleteRecursively(indexFolder);
      throw e;
    }
  }

  /**
   * Makes a store folder whose tables are views over the Spark job's Parquet tables (by absolute
   * path), with its own full-text index, and opens it; later {@link #open} calls on the folder see
   * the same views. A folder that holds an ingested store is refused.
   */
  public static EventStore attachParquet(Path parquetFolder, Path storeFolder) throws IOException, SQLException {
    Files.createDirectories(storeFolder);
    try (Connection connection =
        DriverManager.getConnection("jdbc:duckdb:" + storeFolder.resolve(DATABASE_FILE).toAbsolutePath())) {
      if (isBaseTable(connection, "articles")) {
        throw new IOException(storeFolder + " holds an ingested store; attach the Parquet tables to another folder (--db DIR)");
      }
      createParquetViews(connection, parquetFolder);
    }
    return open(storeFolder);
  }

  private static void createParquetViews(Connection connection, Path parquetFolder) throws IOException, SQLException {
    for (String table : StoreSchema.TABLES) {
      Path tableFolder = parquetFolder.resolve(table).toAbsolutePath();
      if (!Files.isDirectory(tableFolder)) {
        throw new IOException(parquetFolder + ": no " + table + " folder (not an output of the Annals Spark job?)");
      }
      String glob = "'" + tableFolder.resolve("*.parquet").toString().replace("'", "''") + "'";
      try (java.sql.Statement statement = connection.createStatement()) {
        statement.execute("CREATE OR REPLACE VIEW " + table + " AS SELECT * FROM read_parquet(" + glob + ")");
      } catch (SQLException e) {
        throw new SQLException(tableFolder + ": cannot read its Parquet files: " + e.getMessage(), e);
      }
    }
    // The derived views (actors, places); the tables' CREATE TABLE IF NOT EXISTS leave the views be.
    SqlScript.load("schema.sql").run(connection);
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  public Path folder() {
    return folder;
  }

  /** The database connection, for queries and exports. Not for writes outside this class. */
  public Connection connection() {
    return connection;
  }

  public FullTextIndex index() {
    return index;
  }

  /** Whether an article or a copy with this id is stored. */
  public synchronized boolean contains(String articleId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT 1 FROM articles WHERE article_id = ? UNION ALL SELECT 1 FROM article_copies WHERE article_id = ?")) {
      statement.setString(1, articleId);
      statement.setString(2, articleId);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** Every stored article's id and encoded fingerprint, to fill a duplicate index at the start of a run. */
  public synchronized void forEachFingerprint(BiConsumer<String, String> consumer) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
            "SELECT article_id, fingerprint FROM articles WHERE fingerprint IS NOT NULL ORDER BY article_id");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        consumer.accept(rows.getString(1), rows.getString(2));
      }
    }
  }

  public synchronized long count(String table) throws SQLException {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + table);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * Stores articles and copies in one transaction; articles or copies whose id is already stored
   * are left as they are. Returns how many articles were new. Rows go through DuckDB appenders
   * (single-row INSERTs cost about a millisecond each, more than coding an article's worth of
   * rows should); appenders write in the connection's transaction, so a failure or a kill before
   * the commit leaves nothing behind.
   */
  public synchronized int write(List<StoredArticle> articles, List<ArticleCopy> copies) throws SQLException, IOException {
    LocalDateTime now = LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    List<StoredArticle> written = new ArrayList<>();
    List<ArticleCopy> copiesWritten = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (StoredArticle article : articles) {
      if (seen.add(article.id()) && !contains(article.id())) {
        written.add(article);
      }
    }
    for (ArticleCopy copy : copies) {
      if (seen.add(copy.articleId()) && !contains(copy.articleId())) {
        copiesWritten.add(copy);
      }
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    ArticleIdSet articlesAfter = storedArticles;
    connection.setAutoCommit(false);
    try {
      // The JDBC driver opens the transaction at the first statement; an appender used before any
      // statement commits on its own, out of reach of rollback. So run one first.
      try (java.sql.Statement begin = connection.createStatement()) {
        begin.execute("SELECT 1");
      }
      try (Rows articleRows = new Rows(duck, "articles");
          Rows sentenceRows = new Rows(duck, "sentences");
          Rows mentionRows = new Rows(duck, "event_mentions");
          Rows actorRows = new Rows(duck, "actor_mentions");
          Rows quoteRows = new Rows(duck, "quotes");
          Rows copyRows = new Rows(duck, "article_copies")) {
        for (StoredArticle article : written) {
          appendArticle(article, now, articleRows, sentenceRows, mentionRows, actorRows, quoteRows);
        }
        for (ArticleCopy copy : copiesWritten) {
          copyRows.row(copy.articleId(), copy.originalId(), copy.url().orElse(null), copy.publisher().orElse(null),
              copy.publicationDate().orElse(null), copy.origin(), copy.kind(), copy.similarity(), now);
        }
      }
      for (StoredArticle article : written) {
        articlesAfter = articlesAfter.with(article.id());
      }
      if (!written.isEmpty()) {
        articlesAfter.keep(connection);
      }
      connection.commit();
      storedArticles = articlesAfter;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    for (StoredArticle article : written) {
      index.index(article.id(), article.coded().article().title(), article.coded().article().text(), units(article));
    }
    // A Lucene commit syncs files to disk (tens of milliseconds); what a kill loses of the index
    // is rebuilt from DuckDB on the next open, so commit now and then, and on close.
    if (System.nanoTime() - lastIndexCommit > INDEX_COMMIT_INTERVAL_NANOS) {
      index.commit();
      lastIndexCommit = System.nanoTime();
    }
    return written.size();
  }

  private static List<FullTextIndex.Unit> units(StoredArticle stored) {
    String text = stored.coded().article().text();
    List<FullTextIndex.Unit> units = new ArrayList<>();
    for (int i = 0; i < stored.sentences().size(); i++) {
      units.add(new FullTextIndex.Unit(FullTextIndex.Kind.SENTENCE, i, -1, stored.sentences().get(i).of(text)));
    }
    List<Quote> quotes = stored.coded().quotes();
    for (int i = 0; i < quotes.size(); i++) {
      units.add(new FullTextIndex.Unit(FullTextIndex.Kind.QUOTE, quotes.get(i).sentence(), i, quotes.get(i).text()));
    }
    return units;
  }

  private static void appendArticle(StoredArticle stored, LocalDateTime now, Rows articles, Rows sentences, Rows mentions,
      Rows actors, Rows quotes) throws SQLException {
    java.util.Map<String, Rows> byTable = java.util.Map.of("articles", articles, "sentences", sentences,
        "event_mentions", mentions, "actor_mentions", actors, "quotes", quotes);
    StoreRows.forEach(stored, now, (table, values) -> byTable.get(table).row(values));
  }

  /** One table's appender; values are bound by type, never spliced into SQL. */
  private static final class Rows implements AutoCloseable {
    private final DuckDBAppender appender;

    Rows(DuckDBConnection connection, String table) throws SQLException {
      appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    void row(Object... values) throws SQLException {
      appender.beginRow();
      for (Object value : values) {
        if (value == null) {
          appender.appendNull();
        } else if (value instanceof String text) {
          appender.append(text);
        } else if (value instanceof Integer number) {
          appender.append(number.intValue());
        } else if (value instanceof Double number) {
          appender.append(number.doubleValue());
        } else if (value instanceof Boolean flag) {
          appender.append(flag.booleanValue());
        } else if (value instanceof LocalDate date) {
          appender.append(date);
        } else if (value instanceof LocalDateTime time) {
          appender.append(time);
        } else {
          throw new IllegalArgumentException("no appender type for " + value.getClass().getName());
        }
      }
      appender.endRow();
    }

    /**
     * Flushes, then closes. DuckDB's {@code close()} alone swallows a failed flush (a primary key
     * violation, say) and silently drops the rows; {@code flush()} throws it.
     */
    @Override
    public void close() throws SQLException {
      try {
        appender.flush();
      } finally {
        appender.close();
      }
    }
  }

  /** Rebuilds the aggregated events from the mentions (see {@link Aggregation}). */
  public synchronized void aggregate() throws SQLException {
    Aggregation.rebuild(connection);
  }

  /**
   * Makes the Lucene index hold exactly the articles DuckDB holds. Both sides keep a fingerprint
   * of their article ids ({@link ArticleIdSet}): DuckDB in its {@code article_id_set} row, written
   * in the transaction that stores the articles, Lucene in its commit's user data. When the two
   * are equal the index holds DuckDB's articles and opening reads no id. Otherwise (a kill between
   * the DuckDB commit and the index commit, an index from before fingerprints) every id is walked
   * on both sides, what is missing is indexed, what DuckDB no longer holds is deleted, and the
   * commit records the fingerprint.
   *
   * <p>The row is trusted while its count is the articles table's: rows inserted or deleted by
   * hand are noticed when they change the count (then the ids are scanned), not when they swap
   * one id for another. Parquet views (attached Spark output) have no row: their ids are scanned
   * on every open, since the files may have been rewritten.
   */
  private void reconcileIndex() throws IOException, SQLException {
    ArticleIdSet stored;
    if (articlesIsTable()) {
      Optional<ArticleIdSet> kept = ArticleIdSet.kept(connection);
      stored = kept.isPresent() ? kept.get() : ArticleIdSet.ofArticles(connection);
      if (kept.isEmpty()) {
        stored.keep(connection);
      }
    } else {
      // Views over Parquet files that may have been rewritten since: only their ids tell.
      stored = ArticleIdSet.ofArticles(connection);
    }
    storedArticles = stored;
    if (index.articles().equals(Optional.of(stored))) {
      indexRepair = new IndexRepair(false, 0, 0);
      return;
    }
    Set<String> indexed = index.articleIds();
    Set<String> storedIds = new HashSet<>();
    List<String> missing = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("SELECT article_id FROM articles");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String id = rows.getString(1);
        storedIds.add(id);
        if (!indexed.contains(id)) {
          missing.add(id);
        }
      }
    }
    // Only the missing articles' text is read: after a kill that is the last half minute of writes.
    try (PreparedStatement statement = connection.prepareStatement("SELECT title, text FROM articles WHERE article_id = ?")) {
      for (String id : missing) {
        statement.setString(1, id);
        try (ResultSet rows = statement.executeQuery()) {
          if (rows.next()) {
            index.index(id, Optional.ofNullable(rows.getString(1)), rows.getString(2), storedUnits(id));
          }
        }
      }
    }
    int deleted = 0;
    for (String id : indexed) {
      if (!storedIds.contains(id)) {
        index.delete(id);
        deleted++;
      }
    }
    index.articles(stored);
    index.commit();
    indexRepair = new IndexRepair(true, missing.size(), deleted);
  }

  private boolean articlesIsTable() throws SQLException {
    return isBaseTable(connection, "articles");
  }

  /** Whether the table is the store's own (not a view over attached Parquet files). */
  private static boolean isBaseTable(Connection connection, String table) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_type = 'BASE TABLE'")) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }

  /**
   * What opening the store did to the full-text index.
   *
   * @param walked whether every article id was read on both sides (the fingerprints differed)
   * @param indexed how many articles were indexed because DuckDB held them and the index did not
   * @param deleted how many were deleted from the index because DuckDB no longer held them
   */
  record IndexRepair(boolean walked, int indexed, int deleted) {}

  /** What opening the store did to the full-text index. */
  IndexRepair indexRepair() {
    return indexRepair;
  }

  private List<FullTextIndex.Unit> storedUnits(String articleId) throws SQLException {
    List<FullTextIndex.Unit> units = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT 'SENTENCE', sentence_index, -1, sentence FROM sentences WHERE article_id = ? "
            + "UNION ALL SELECT 'QUOTE', sentence_index, quote_index, text FROM quotes WHERE article_id = ?")) {
      statement.setString(1, articleId);
      statement.setString(2, articleId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          units.add(new FullTextIndex.Unit(FullTextIndex.Kind.valueOf(rows.getString(1)), rows.getInt(2), rows.getInt(3), rows.getString(4)));
        }
      }
    }
    return units;
  }

  @Override
  public synchronized void close() throws IOException, SQLException {
    try {
      index.commit();
      index.close();
    } finally {
      connection.close();
      if (temporaryIndexFolder != null) {
        deleteRecursively(temporaryIndexFolder);
      }
    }
  }
}
