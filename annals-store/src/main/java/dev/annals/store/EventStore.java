package dev.annals.store;

import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import dev.annals.model.Article;
import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import dev.annals.model.EventMention;
import dev.annals.model.Quote;
import dev.annals.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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
   * are left as they are. Returns how many articles were new.
   */
  public synchronized int write(List<StoredArticle> articles, List<ArticleCopy> copies) throws SQLException, IOException {
    Timestamp now = Timestamp.from(Instant.now(clock));
    List<StoredArticle> written = new ArrayList<>();
    connection.setAutoCommit(false);
    try {
      for (StoredArticle article : articles) {
        if (!contains(article.id())) {
          insertArticle(article, now);
          written.add(article);
        }
      }
      for (ArticleCopy copy : copies) {
        if (!contains(copy.articleId())) {
          insertCopy(copy, now);
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    for (StoredArticle article : written) {
      index.index(article.id(), article.coded().article().title(), article.coded().article().text(), units(article));
    }
    index.commit();
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

  private void insertArticle(StoredArticle stored, Timestamp now) throws SQLException {
    CodedArticle coded = stored.coded();
    Article article = coded.article();
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      statement.setString(1, article.id());
      setOptional(statement, 2, article.url());
      setOptional(statement, 3, article.title());
      setOptional(statement, 4, article.publisher());
      setOptional(statement, 5, stored.author());
      setDate(statement, 6, article.publicationDate());
      statement.setDate(7, Date.valueOf(coded.referenceDate()));
      statement.setString(8, coded.referenceDateOrigin());
      statement.setString(9, article.text());
      setOptional(statement, 10, stored.fingerprint());
      statement.setString(11, stored.origin());
      statement.setTimestamp(12, now);
      statement.executeUpdate();
    }
    String text = article.text();
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < stored.sentences().size(); i++) {
        Span span = stored.sentences().get(i);
        statement.setString(1, article.id());
        statement.setInt(2, i);
        statement.setInt(3, span.start());
        statement.setInt(4, span.end());
        statement.setString(5, span.of(text));
        statement.executeUpdate();
      }
    }
    insertMentions(coded);
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO actor_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ActorMention mention : coded.actors()) {
        Actor actor = mention.actor();
        statement.setString(1, article.id());
        statement.setInt(2, mention.span().start());
        statement.setInt(3, mention.span().end());
        statement.setString(4, mention.surface());
        statement.setString(5, actor.code());
        statement.setString(6, actor.name());
        setOptional(statement, 7, actor.country());
        setOptional(statement, 8, actor.sector());
        statement.setString(9, actor.kind().name().toLowerCase());
        statement.executeUpdate();
      }
    }
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < coded.quotes().size(); i++) {
        Quote quote = coded.quotes().get(i);
        statement.setString(1, article.id());
        statement.setInt(2, i);
        statement.setInt(3, quote.sentence());
        statement.setInt(4, quote.content().start());
        statement.setInt(5, quote.content().end());
        statement.setString(6, quote.text());
        statement.setBoolean(7, quote.direct());
        setOptional(statement, 8, quote.speaker().map(s -> s.actor().code()));
        setOptional(statement, 9, quote.speaker().map(ActorMention::surface));
        setOptional(statement, 10, quote.speaker().map(s -> s.actor().name()));
        statement.executeUpdate();
      }
    }
  }

  private void insertMentions(CodedArticle coded) throws SQLException {
    String text = coded.article().text();
    String placeholders = "?" + ", ?".repeat(41);
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO event_mentions VALUES (" + placeholders + ")")) {
      for (int e = 0; e < coded.events().size(); e++) {
        Event event = coded.events().get(e);
        for (int m = 0; m < event.mentions().size(); m++) {
          EventMention mention = event.mentions().get(m);
          int column = 0;
          statement.setString(++column, coded.article().id() + "#" + e + "." + m);
          statement.setString(++column, coded.article().id());
          statement.setInt(++column, e);
          statement.setInt(++column, m);
          statement.setInt(++column, mention.sentence());
          statement.setString(++column, mention.sentenceText());
          statement.setInt(++column, mention.evidence().start());
          statement.setInt(++column, mention.evidence().end());
          statement.setString(++column, mention.evidence().end() <= text.length() ? mention.evidence().of(text) : "");
          statement.setString(++column, mention.triggerText());
          column = setActor(statement, column, Optional.of(mention.source()));
          column = setActor(statement, column, mention.target());
          statement.setString(++column, mention.type().code());
          statement.setString(++column, mention.type().name());
          statement.setString(++column, mention.type().rootCode());
          statement.setInt(++column, mention.type().quadClass().number());
          statement.setDouble(++column, mention.type().goldstein());
          statement.setString(++column, mention.date().value());
          statement.setDate(++column, Date.valueOf(mention.date().start()));
          statement.setDate(++column, Date.valueOf(mention.date().end()));
          statement.setString(++column, mention.date().precision().name().toLowerCase());
          statement.setString(++column, mention.date().origin().name().toLowerCase());
          statement.setString(++column, mention.modality().name().toLowerCase());
          statement.setBoolean(++column, mention.negated());
          setOptional(statement, ++column, mention.place().map(p -> p.name()));
          setOptional(statement, ++column, mention.place().flatMap(p -> p.country()));
          setDouble(statement, ++column, mention.place().map(p -> p.latitude()));
          setDouble(statement, ++column, mention.place().map(p -> p.longitude()));
          setOptional(statement, ++column, mention.place().map(p -> p.kind().name().toLowerCase()));
          if (mention.quote().isPresent()) {
            statement.setInt(++column, mention.quote().get());
          } else {
            statement.setNull(++column, Types.INTEGER);
          }
          statement.setDouble(++column, mention.confidence());
          statement.setBoolean(++column, mention.sentence() < ROOT_SENTENCES);
          statement.executeUpdate();
        }
      }
    }
  }

  private static int setActor(PreparedStatement statement, int column, Optional<ActorMention> mention) throws SQLException {
    Optional<Actor> actor = mention.map(ActorMention::actor);
    setOptional(statement, ++column, actor.map(Actor::code));
    setOptional(statement, ++column, mention.map(ActorMention::surface));
    setOptional(statement, ++column, actor.map(Actor::name));
    setOptional(statement, ++column, actor.flatMap(Actor::country));
    setOptional(statement, ++column, actor.flatMap(Actor::sector));
    setOptional(statement, ++column, actor.map(a -> a.kind().name().toLowerCase()));
    return column;
  }

  private void insertCopy(ArticleCopy copy, Timestamp now) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO article_copies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      statement.setString(1, copy.articleId());
      statement.setString(2, copy.originalId());
      setOptional(statement, 3, copy.url());
      setOptional(statement, 4, copy.publisher());
      setDate(statement, 5, copy.publicationDate());
      statement.setString(6, copy.origin());
      statement.setString(7, copy.kind());
      statement.setDouble(8, copy.similarity());
      statement.setTimestamp(9, now);
      statement.executeUpdate();
    }
  }

  /** Rebuilds the aggregated events from the mentions (see {@link Aggregation}). */
  public synchronized void aggregate() throws SQLException {
    Aggregation.rebuild(connection);
  }

  /** Makes the Lucene index hold exactly the articles DuckDB holds. */
  private void reconcileIndex() throws IOException, SQLException {
    Set<String> indexed = index.articleIds();
    Set<String> stored = new HashSet<>();
    boolean changed = false;
    try (PreparedStatement statement = connection.prepareStatement("SELECT article_id, title, text FROM articles");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String id = rows.getString(1);
        stored.add(id);
        if (!indexed.contains(id)) {
          index.index(id, Optional.ofNullable(rows.getString(2)), rows.getString(3), storedUnits(id));
          changed = true;
        }
      }
    }
    for (String id : indexed) {
      if (!stored.contains(id)) {
        index.delete(id);
        changed = true;
      }
    }
    if (changed) {
      index.commit();
    }
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

  private static void setOptional(PreparedStatement statement, int column, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      statement.setString(column, value.get());
    } else {
      statement.setNull(column, Types.VARCHAR);
    }
  }

  private static void setDate(PreparedStatement statement, int column, Optional<LocalDate> value) throws SQLException {
    if (value.isPresent()) {
      statement.setDate(column, Date.valueOf(value.get()));
    } else {
      statement.setNull(column, Types.DATE);
    }
  }

  private static void setDouble(PreparedStatement statement, int column, Optional<Double> value) throws SQLException {
    if (value.isPresent()) {
      statement.setDouble(column, value.get());
    } else {
      statement.setNull(column, Types.DOUBLE);
    }
  }

  @Override
  public synchronized void close() throws IOException, SQLException {
    try {
      index.close();
    } finally {
      connection.close();
    }
  }
}
