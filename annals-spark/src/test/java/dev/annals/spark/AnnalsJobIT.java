package dev.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.app.Main;
import dev.annals.app.store.Ingester;
import dev.annals.app.store.PipelineCoding;
import dev.annals.app.store.Progress;
import dev.annals.app.Annals;
import dev.annals.ingest.ArticleSource;
import dev.annals.ingest.Sources;
import dev.annals.store.EventStore;
import dev.annals.store.StoreSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.nio.file.StandardOpenOption;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in local[2] on made-up reports (JSON Lines, plain text, WARC.gz) and compares its Parquet tables with the embedded
 * store's tables for the same input (same rows, same counts, same column names and types).
 */
class AnnalsJobIT {
  static final int ARTICLES = 300;

  @TempDir static Path work;

  static Path corpus;
  static Path broken;
  static Path store;
  static Path output;
  static AnnalsJob.Summary summary;
  static long embeddedSeconds;

  @BeforeAll
  static void runBothPaths() throws Exception {
    ObjectMapper json = new ObjectMapper();
    corpus = work.resolve("input/a-news.jsonl");
    Files.createDirectories(corpus.getParent());
    List<String> lines = new ArrayList<>();
    for (TemplatedCorpus.Report report : TemplatedCorpus.reports(ARTICLES, 6)) {
      ObjectNode line = json.createObjectNode();
      line.put("url", report.url()).put("publisher", report.publisher()).put("date", report.date().toString())
          .put("title", report.title()).put("text", report.text());
      lines.add(json.writeValueAsString(line));
      if (lines.size() == 7) {
        lines.add("{this line is not JSON");
      }
    }
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    Path text = work.resolve("input/b-brief.txt");
    Files.writeString(text, "GENEVA, March 12, 2024\nFrance and Germany signed a trade agreement in Geneva on Tuesday.\n");
    Path crawl = work.resolve("input/c-crawl.warc.gz");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(crawl, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      writePage(writer, "https://archive.example/summit", "Summit in Vienna",
          "Japan and India signed a trade agreement in Vienna on Wednesday. Officials said customs checks would be shared.");
      writePage(writer, "https://archive.example/border", "Border dispute",
          "Egypt accused Kenya of violating the ceasefire on Thursday, the Egyptian foreign ministry said in Cairo.");
    }
    broken = work.resolve("broken/c-broken.jsonl");
    Files.createDirectories(broken.getParent());
    Files.writeString(broken, "{\"url\": \"https://news9.example/broken\", \"date\": \"2024-03-12\", \"text\": "
        + "\"Ghana hosted talks with Togo about fishing rights on Monday, and the delegations toured the port. "
        + FailingCoding.MARKER + "\"}\n");

    // The embedded path: annals ingest's Ingester on one thread (its insertion order is then the
    // input order, which decides ties of the most frequent value as the job does).
    store = work.resolve("store");
    long start = System.nanoTime();
    try (EventStore embedded = EventStore.open(store, Clock.fixed(Instant.parse("2024-03-20T10:00:00Z"), ZoneOffset.UTC))) {
      Ingester ingester = new Ingester(embedded, new PipelineCoding(Annals.shared(), Clock.systemUTC()), 1, 16,
          problem -> {}, Progress.silent());
      Sources sources = new Sources();
      List<ArticleSource> inputs =
          List.of(sources.open(corpus.toString()), sources.open(text.toString()), sources.open(crawl.toString()));
      ingester.run(inputs, OptionalLong.empty());
    }
    embeddedSeconds = (System.nanoTime() - start) / 1_000_000_000L;

    output = work.resolve("parquet");
    SparkSession spark = SparkSession.builder().master("local[2]").appName("annals-it")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    try {
      summary = AnnalsJob.run(spark, AnnalsJob.Options.parse(work.resolve("input").toString(), broken.toString(),
          "--out", output.toString(), "--coding", FailingCoding.class.getName()));
    } finally {
      spark.stop();
    }
    System.out.println("embedded store: " + embeddedSeconds + " s; Spark job: " + summary);
  }

  private static void writePage(WarcWriter writer, String url, String title, String text) throws java.io.IOException {
    byte[] html = ("<html><head><title>" + title + "</title><meta name=\"date\" content=\"2024-03-13\"></head><body><article><h1>"
        + title + "</h1><p>" + text + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    writer.write(new WarcResponse.Builder(url).date(Instant.parse("2024-03-13T10:00:00Z"))
        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build()).build());
  }

  @AfterAll
  static void report() {
    System.out.println("AnnalsJobIT: " + ARTICLES + " articles");
  }

  @Test
  void everyTableHasTheStoresColumnNamesAndTypes() throws SQLException {
    try (Connection duck = comparison()) {
      for (String table : StoreSchema.TABLES) {
        assertThat(describe(duck, "SELECT * FROM job_" + table)).as(table)
            .isEqualTo(describe(duck, "SELECT * FROM embedded." + table));
      }
    }
  }

  @Test
  void everyTableHoldsTheStoresRows() throws SQLException {
    try (Connection duck = comparison()) {
      // the templates repeat themselves: many reports are near-duplicates, stored as copies
      assertThat(count(duck, "SELECT (SELECT count(*) FROM embedded.articles) + (SELECT count(*) FROM embedded.article_copies)"))
          .isEqualTo(ARTICLES + 3);
      assertThat(count(duck, "SELECT count(*) FROM embedded.article_copies")).isGreaterThan(10);
      assertThat(count(duck, "SELECT count(*) FROM job_articles WHERE url LIKE 'https://archive.example/%'"))
          .as("the WARC's pages").isEqualTo(2);
      assertThat(count(duck, "SELECT count(*) FROM job_articles WHERE article_id = 'b-brief.txt'")).as("the text file").isEqualTo(1);
      assertThat(count(duck, "SELECT count(*) FROM embedded.events")).isGreaterThan(50);
      assertThat(count(duck, "SELECT count(*) FROM embedded.events WHERE num_mentions > 1")).isGreaterThan(5);
      for (String table : StoreSchema.TABLES) {
        String columns = comparedColumns(duck, table);
        String embedded = "SELECT " + columns + " FROM embedded." + table;
        String job = "SELECT " + columns + " FROM job_" + table;
        assertThat(count(duck, "SELECT count(*) FROM job_" + table)).as(table + " rows")
            .isEqualTo(count(duck, "SELECT count(*) FROM embedded." + table));
        assertThat(rows(duck, "(" + embedded + ") EXCEPT ALL (" + job + ")")).as(table + " rows only the store has").isEmpty();
        assertThat(rows(duck, "(" + job + ") EXCEPT ALL (" + embedded + ")")).as(table + " rows only the job has").isEmpty();
      }
    }
  }

  @Test
  void anArticleThatBreaksTheCoderIsAnErrorAndTheRestIsCoded() throws SQLException {
    try (Connection duck = comparison()) {
      List<String> errors = rows(duck, "SELECT stage || ' ' || origin || ' ' || message FROM read_parquet('"
          + output.resolve("errors/*.parquet") + "') ORDER BY 1");
      assertThat(errors).hasSize(2);
      assertThat(errors.get(0)).startsWith("coding ").contains("c-broken.jsonl:1").contains("coder broke on article url-");
      assertThat(errors.get(1)).startsWith("read ").contains("a-news.jsonl:8").contains("not valid JSON");
      assertThat(summary.articles() + summary.copies()).isEqualTo(ARTICLES + 3);
      assertThat(summary.errors()).isEqualTo(2);
    }
  }

  @Test
  void theQueryCommandsAnswerOverTheParquetOutput() throws Exception {
    String events = annals("events", "--db", output.toString(), "--sort", "mentions", "--desc", "--limit", "5");
    assertThat(events).contains("event_id").contains("num_mentions");
    assertThat(events.lines().count()).isGreaterThanOrEqualTo(6);
    Path attached = work.resolve("attached");
    assertThat(annals("attach", output.toString(), "--db", attached.toString())).contains("attached").contains(summary.articles() + " articles");
    assertThat(annals("dyads", "--db", attached.toString())).contains("FRA");
    assertThat(annals("search", "--db", attached.toString(), "ceasefire")).contains("[ceasefire]");
  }

  private static String annals(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      exit = Main.run(args);
    } finally {
      System.setOut(original);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    assertThat(exit).as("annals " + String.join(" ", args) + " printed " + printed).isZero();
    return printed;
  }

  /** The embedded store attached read-only beside views over the job's tables. */
  private static Connection comparison() throws SQLException {
    Connection duck = DriverManager.getConnection("jdbc:duckdb:");
    execute(duck, "ATTACH '" + store.resolve(EventStore.DATABASE_FILE) + "' AS embedded (READ_ONLY)");
    for (String table : StoreSchema.TABLES) {
      execute(duck, "CREATE VIEW job_" + table + " AS SELECT * FROM read_parquet('" + output.resolve(table + "/*.parquet") + "')");
    }
    return duck;
  }

  /**
   * Every column but the moment of ingest (ingested_at, date_added), with local paths written as
   * the job names them (file:/...), and the mean Goldstein value to 9 decimals (sums in another order).
   */
  private static String comparedColumns(Connection duck, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    for (StoreSchema.Column column : StoreSchema.columns(duck, "job_" + table)) {
      String name = column.name();
      if (name.equals("ingested_at") || name.equals("date_added")) {
        continue;
      }
      if (name.equals("origin") || name.equals("source_url")) {
        columns.add("regexp_replace(" + name + ", '^file:', '') AS " + name);
      } else if (name.equals("goldstein") && table.equals("events")) {
        columns.add("round(goldstein, 9) AS goldstein");
      } else {
        columns.add(name);
      }
    }
    return String.join(", ", columns);
  }

  private static List<String> describe(Connection duck, String query) throws SQLException {
    return rows(duck, "SELECT column_name || ' ' || column_type FROM (DESCRIBE " + query + ")");
  }

  private static void execute(Connection duck, String sql) throws SQLException {
    try (Statement statement = duck.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long count(Connection duck, String sql) throws SQLException {
    try (Statement statement = duck.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<String> rows(Connection duck, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = duck.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          values.add(String.valueOf(result.getObject(c)));
        }
        rows.add(String.join(" | ", values));
      }
    }
    return rows.stream().limit(20).collect(Collectors.toList());
  }
}
