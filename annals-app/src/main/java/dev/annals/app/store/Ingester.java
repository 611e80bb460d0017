package dev.annals.app.store;

import dev.annals.ingest.ArticleSource;
import dev.annals.ingest.DuplicateDetector;
import dev.annals.ingest.DuplicateIndex;
import dev.annals.ingest.Fingerprint;
import dev.annals.ingest.IngestedArticle;
import dev.annals.ingest.ReadProblem;
import dev.annals.model.Article;
import dev.annals.store.ArticleCopy;
import dev.annals.store.EventStore;
import dev.annals.store.StoredArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Feeds articles from sources through the coding pipeline into the store, in batches: each batch
 * is coded on N threads and written in one transaction, so a run killed at any point and started
 * again skips what was stored and ends with every article stored exactly once.
 *
 * <p>Repeats are caught before coding: an article whose id is stored is skipped; one with the
 * URL, the text or nearly the text of a stored or earlier article ({@link DuplicateDetector}) is
 * stored as a copy of it, which counts as another document and, when its publisher differs,
 * another source of that article's events.
 */
public final class Ingester {
  /** What a run did. */
  public record Report(long read, long stored, long copies, long skipped, long failed, long problems, long tokens, double seconds) {
    public double articlesPerSecond() {
      return seconds > 0 ? stored / seconds : 0;
    }
  }

  private final EventStore store;
  private final ArticleCoding coding;
  private final DuplicateDetector detector = new DuplicateDetector();
  private final DuplicateIndex duplicates = new DuplicateIndex(detector);
  private final int threads;
  private final int batchSize;
  private final Consumer<ReadProblem> problems;
  private final Progress progress;

  private final List<IngestedArticle> pendingArticles = new ArrayList<>();
  private final Map<String, Fingerprint> pendingFingerprints = new HashMap<>();
  private final List<ArticleCopy> pendingCopies = new ArrayList<>();
  private final Set<String> idsThisBatch = new HashSet<>();
  private long read;
  private long stored;
  private long copies;
  private long skipped;
  private long failed;
  private long problemCount;
  private long tokens;

  /**
   * @param problems receives every file, record or article that was skipped, by name
   * @param progress receives the running counts after each batch
   */
  public Ingester(EventStore store, ArticleCoding coding, int threads, int batchSize, Consumer<ReadProblem> problems, Progress progress)
      throws SQLException {
    this.store = Objects.requireNonNull(store, "store");
    this.coding = Objects.requireNonNull(coding, "coding");
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be at least 1, were " + threads + " and " + batchSize);
    }
    this.threads = threads;
    this.batchSize = batchSize;
    this.problems = Objects.requireNonNull(problems, "problems");
    this.progress = Objects.requireNonNull(progress, "progress");
    store.forEachFingerprint((id, encoded) -> {
      try {
        duplicates.add(id, Fingerprint.decode(encoded));
      } catch (IllegalArgumentException e) {
        problem(new ReadProblem("store article " + id, "unreadable fingerprint, not used for duplicates: " + e.getMessage()));
      }
    });
  }

  /** Ingests every source in order, then rebuilds the aggregated events. */
  public Report run(List<ArticleSource> sources, OptionalLong expected) throws IOException, SQLException {
    long start = System.nanoTime();
    progress.start(expected);
    for (ArticleSource source : sources) {
      try {
        source.forEach(this::accept, this::problem);
      } catch (IOException e) {
        problem(new ReadProblem(source.name(), "cannot be read: " + e.getMessage()));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (StoreFailure e) {
        throw e.cause;
      }
    }
    try {
      flush();
    } catch (StoreFailure e) {
      throw e.cause;
    }
    store.aggregate();
    Report report = report(start);
    progress.finish(report);
    return report;
  }

  private Report report(long start) {
    return new Report(read, stored, copies, skipped, failed, problemCount, tokens, (System.nanoTime() - start) / 1e9);
  }

  private void problem(ReadProblem problem) {
    problemCount++;
    problems.accept(problem);
  }

  private void accept(IngestedArticle ingested) {
    read++;
    Article article = ingested.article();
    try {
      if (store.contains(article.id())) {
        skipped++;
        return;
      }
    } catch (SQLException e) {
      throw new StoreFailure(e);
    }
    if (idsThisBatch.contains(article.id())) {
      skipped++;
      return;
    }
    Fingerprint fingerprint = detector.fingerprint(article);
    var match = duplicates.addIfNew(article.id(), fingerprint);
    if (match.isPresent() && match.get().articleId().equals(article.id())) {
      skipped++;
      return;
    }
    idsThisBatch.add(article.id());
    if (match.isPresent()) {
      pendingCopies.add(new ArticleCopy(article.id(), match.get().articleId(), article.url(), article.publisher(),
          article.publicationDate(), ingested.origin(), match.get().verdict().kind().name().toLowerCase(),
          match.get().verdict().similarity()));
    } else {
      pendingArticles.add(ingested);
      pendingFingerprints.put(article.id(), fingerprint);
    }
    if (pendingArticles.size() >= batchSize) {
      flush();
    }
  }

  private void flush() {
    if (pendingArticles.isEmpty() && pendingCopies.isEmpty()) {
      return;
    }
    Map<String, IngestedArticle> byId = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    for (IngestedArticle ingested : pendingArticles) {
      byId.put(ingested.article().id(), ingested);
      articles.add(ingested.article());
    }
    List<ArticleCoding.Result> results = Collections.synchronizedList(new ArrayList<>());
    if (!articles.isEmpty()) {
      coding.codeAll(articles, threads, results::add);
    }
    List<StoredArticle> toStore = new ArrayList<>();
    Set<String> coded = new HashSet<>();
    synchronized (results) {
      for (ArticleCoding.Result result : results) {
        IngestedArticle ingested = byId.get(result.article().id());
        if (ingested == null || !coded.add(result.article().id())) {
          continue;
        }
        if (result.coded().isEmpty()) {
          failed++;
          Throwable failure = result.failure().orElseThrow();
          problem(new ReadProblem(ingested.origin(), "article " + result.article().id() + " could not be coded: " + failure));
          continue;
        }
        tokens += result.tokens();
        toStore.add(new StoredArticle(result.coded().get(), result.sentences(), ingested.origin(), ingested.author(),
            java.util.Optional.ofNullable(pendingFingerprints.get(result.article().id())).map(Fingerprint::encode)));
      }
    }
    for (IngestedArticle ingested : pendingArticles) {
      if (!coded.contains(ingested.article().id())) {
        failed++;
        problem(new ReadProblem(ingested.origin(), "article " + ingested.article().id() + " got no result from the pipeline"));
      }
    }
    try {
      stored += store.write(toStore, pendingCopies);
    } catch (SQLException e) {
      throw new StoreFailure(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    copies += pendingCopies.size();
    pendingArticles.clear();
    pendingFingerprints.clear();
    pendingCopies.clear();
    idsThisBatch.clear();
    progress.update(read, stored, copies, skipped, failed);
  }

  /** Carries a store failure out of the source's consumer. */
  private static final class StoreFailure extends RuntimeException {
    private final SQLException cause;

    StoreFailure(SQLException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
