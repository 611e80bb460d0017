package dev.annals.app.store;

import dev.annals.ingest.ArticleSource;
import dev.annals.ingest.IngestedArticle;
import dev.annals.ingest.ReadProblem;
import dev.annals.model.Article;
import dev.annals.model.CodedArticle;
import dev.annals.model.Span;
import dev.annals.store.EventFilter;
import dev.annals.store.EventStore;
import dev.annals.store.Queries;
import dev.annals.store.StoredArticle;
import dev.annals.store.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The store's measured figures: ingest throughput, a dyad timeline over many events, and the time
 * it takes to open a store of many articles.
 */
public final class StoreBenchmark {
  private final PrintWriter out;

  public StoreBenchmark(PrintWriter out) {
    this.out = out;
  }

  /** Ingests the articles into a fresh temporary store and returns the run's report. */
  public Ingester.Report ingest(ArticleCoding coding, List<Article> articles, int threads) throws IOException, SQLException {
    Path folder = Files.createTempDirectory("annals-bench-store");
    try (EventStore store = EventStore.open(folder)) {
      Ingester ingester = new Ingester(store, coding, threads, 16 * threads, problem -> {}, Progress.silent());
      return ingester.run(List.of(inMemory(articles)), OptionalLong.of(articles.size()));
    } finally {
      delete(folder);
    }
  }

  /**
   * Builds a synthetic events table of the given size inside DuckDB (40 actor codes, ten years of
   * days, random root codes and Goldstein values) and times one dyad's monthly timeline on it:
   * one warm-up run, then the median of five.
   */
  public void timelineQuery(long events) throws IOException, SQLException {
    Path folder = Files.createTempDirectory("annals-bench-query");
    try (EventStore store = EventStore.open(folder)) {
      long start = System.nanoTime();
      try (Statement statement = store.connection().createStatement()) {
        statement.execute("CREATE TABLE synthetic_events AS "
            + "WITH codes AS (SELECT ['USAGOV','RUSGOV','CHNGOV','UKRGOV','GBRGOV','FRAGOV','DEUGOV','IRNGOV','ISRGOV','PSEGOV',"
            + "'INDGOV','PAKGOV','TURGOV','SYRGOV','IRQGOV','AFGGOV','JPNGOV','KORGOV','PRKGOV','BRAGOV','USAMIL','RUSMIL',"
            + "'CHNMIL','UKRMIL','NATO','UN','EU','AU','IGOUNO','USACOP','RUSCOP','CHNBUS','USABUS','RUSBUS','UKRREB','SYRREB',"
            + "'AFGINS','IRNMIL','ISRMIL','PSEREB'] AS list) "
            + "SELECT CAST(i AS VARCHAR) AS event_id, "
            + "DATE '2015-01-01' + CAST(hash(i) % 3650 AS INTEGER) AS date_start, "
            + "list[1 + CAST(hash(i * 3 + 1) % 40 AS INTEGER)] AS source_code, "
            + "list[1 + CAST(hash(i * 3 + 2) % 40 AS INTEGER)] AS target_code, "
            + "lpad(CAST(1 + hash(i * 5) % 20 AS VARCHAR), 2, '0') AS root_code, "
            + "CAST(1 + hash(i * 11) % 4 AS INTEGER) AS quad_class, "
            + "round((hash(i * 13) % 200) / 10.0 - 10, 1) AS goldstein, "
            + "CAST(1 + hash(i * 17) % 9 AS INTEGER) AS num_mentions "
            + "FROM codes, range(" + events + ") t(i)");
      }
      out.printf(Locale.ROOT, "synthetic events: %,d rows built in DuckDB in %.1f s%n", events, (System.nanoTime() - start) / 1e9);
      Queries queries = new Queries(store);
      EventFilter dyad = EventFilter.all().withSource("USAGOV").withTarget("RUSGOV");
      Table warm = queries.timeline("synthetic_events", dyad, Queries.Period.MONTH);
      double[] seconds = new double[5];
      for (int i = 0; i < seconds.length; i++) {
        long begin = System.nanoTime();
        queries.timeline("synthetic_events", dyad, Queries.Period.MONTH);
        seconds[i] = (System.nanoTime() - begin) / 1e9;
      }
      Arrays.sort(seconds);
      long total = 0;
      for (List<Object> row : warm.rows()) {
        total += ((Number) row.get(1)).longValue();
      }
      out.printf(Locale.ROOT, "dyad USAGOV->RUSGOV monthly timeline over %,d events: %d months, %,d events; median %.3f s (min %.3f, max %.3f)%n",
          events, warm.size(), total, seconds[2], seconds[0], seconds[4]);
      out.flush();
    } finally {
      delete(folder);
    }
  }

  /**
   * Writes the given number of small synthetic articles (three sentences, no events) into a fresh
   * store, closes it, and times opening and closing it again: one warm-up, then the median of
   * five. Then it adds ten articles to the database behind the index's back, as a kill between
   * the database commit and the index commit leaves a store, and times the open that indexes them.
   */
  public void storeOpen(int articles) throws IOException, SQLException {
    Path folder = Files.createTempDirectory("annals-bench-open");
    try {
      long start = System.nanoTime();
      try (EventStore store = EventStore.open(folder)) {
        List<StoredArticle> batch = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
          batch.add(syntheticArticle(i));
          if (batch.size() == 1000 || i == articles - 1) {
            store.write(batch, List.of());
            batch.clear();
          }
        }
      }
      out.printf(Locale.ROOT, "store of %,d synthetic articles written in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
      double[] seconds = new double[6];
      for (int i = 0; i < seconds.length; i++) {
        long begin = System.nanoTime();
        try (EventStore store = EventStore.open(folder)) {
          seconds[i] = (System.nanoTime() - begin) / 1e9;
        }
      }
      double[] measured = Arrays.copyOfRange(seconds, 1, seconds.length);
      Arrays.sort(measured);
      out.printf(Locale.ROOT, "open a store of %,d articles (index in line with the database): median %.3f s (min %.3f, max %.3f)%n",
          articles, measured[2], measured[0], measured[4]);
      try (EventStore store = EventStore.open(folder); Statement statement = store.connection().createStatement()) {
        statement.execute("INSERT INTO articles SELECT * REPLACE ('late-' || article_id AS article_id) FROM articles "
            + "ORDER BY article_id LIMIT 10");
      }
      long begin = System.nanoTime();
      try (EventStore store = EventStore.open(folder)) {
        double repair = (System.nanoTime() - begin) / 1e9;
        out.printf(Locale.ROOT, "open a store of %,d articles plus 10 not yet indexed: %.3f s (index now holds %,d)%n",
            articles, repair, store.index().articleCount());
      }
      out.flush();
    } finally {
      delete(folder);
    }
  }

  private static StoredArticle syntheticArticle(int number) {
    String id = "bench-" + number;
    String text = "Report " + number + " tells of a meeting in town " + Integer.toHexString(number * 7919) + ". "
        + "Officials said talks went on for " + (number % 12 + 1) + " hours. The next round is planned for spring.";
    List<Span> sentences = new ArrayList<>();
    int from = 0;
    for (int end = text.indexOf(". "); end >= 0; end = text.indexOf(". ", end + 1)) {
      sentences.add(new Span(from, end + 1));
      from = end + 2;
    }
    sentences.add(new Span(from, text.length()));
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(number % 366);
    Article article = new Article(id, text, Optional.of(day), Optional.of("Report " + number), Optional.empty(), Optional.of("Wire"));
    CodedArticle coded = new CodedArticle(article, day, "publication", List.of(), List.of(), List.of(), List.of());
    return new StoredArticle(coded, sentences, "bench#" + number, Optional.empty(), Optional.empty());
  }

  private static ArticleSource inMemory(List<Article> articles) {
    return new ArticleSource() {
      @Override
      public String name() {
        return "benchmark sample";
      }

      @Override
      public void forEach(Consumer<IngestedArticle> consumer, Consumer<ReadProblem> problems) {
        for (Article article : articles) {
          consumer.accept(new IngestedArticle(article, "sample#" + article.id(), Optional.empty()));
        }
      }
    };
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
