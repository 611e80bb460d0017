package dev.annals.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annals.app.store.ArticleCoding;
import dev.annals.app.store.Ingester;
import dev.annals.app.store.Progress;
import dev.annals.ingest.ArticleSource;
import dev.annals.ingest.IngestedArticle;
import dev.annals.ingest.PageFetcher;
import dev.annals.ingest.ReadProblem;
import dev.annals.ingest.Sources;
import dev.annals.model.Article;
import dev.annals.store.EventStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * POST /api/articles: a pasted text or a URL, read, coded and stored the way {@code annals
 * ingest} does it (same duplicate detection, same transaction), one submission at a time.
 */
final class ArticleSubmission {
  /** What became of a submission. */
  record Outcome(String articleId, String status, Optional<String> originalId, List<String> problems) {}

  private static final int LONGEST_TITLE = 500;

  private final EventStore store;
  private final Supplier<ArticleCoding> coding;
  private ArticleCoding loaded;

  ArticleSubmission(EventStore store, Supplier<ArticleCoding> coding) {
    this.store = store;
    this.coding = coding;
  }

  /** Checks the JSON body and returns the source to read. */
  static ArticleSource source(JsonNode body) throws IOException {
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object with \"text\" (and optional \"title\", \"date\", \"url\", "
          + "\"publisher\") or with \"url\" alone");
    }
    List<String> known = List.of("text", "title", "date", "url", "publisher");
    body.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        throw ApiError.badRequest("unknown field \"" + name + "\"; the body takes " + String.join(", ", known));
      }
      if (!body.get(name).isTextual()) {
        throw ApiError.badRequest("field \"" + name + "\" must be a string");
      }
    });
    Optional<String> text = field(body, "text");
    Optional<String> url = field(body, "url");
    Optional<String> title = field(body, "title");
    Optional<String> publisher = field(body, "publisher");
    Optional<LocalDate> date = field(body, "date").map(d -> {
      try {
        return LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        throw ApiError.badRequest("date must be YYYY-MM-DD, was '" + d + "'");
      }
    });
    if (title.isPresent() && title.get().length() > LONGEST_TITLE) {
      throw ApiError.badRequest("title is longer than " + LONGEST_TITLE + " characters");
    }
    url.ifPresent(u -> {
      if (!PageFetcher.isWebAddress(u)) {
        throw ApiError.badRequest("url must be an http:// or https:// address, was '" + u + "'");
      }
    });
    if (text.isEmpty()) {
      if (url.isEmpty()) {
        throw ApiError.badRequest("give \"text\" (the article) or \"url\" (a page to fetch)");
      }
      if (title.isPresent() || date.isPresent() || publisher.isPresent()) {
        throw ApiError.badRequest("with \"url\" alone the page gives title, date and publisher; send \"text\" to set them");
      }
      return new Sources().open(url.get());
    }
    if (text.get().strip().length() < 20) {
      throw ApiError.badRequest("text is too short to be a news report (" + text.get().strip().length() + " characters)");
    }
    String id = "pasted-" + sha256(text.get()).substring(0, 16);
    Article article = new Article(id, text.get(), date, title, url, publisher);
    return new ArticleSource() {
      @Override
      public String name() {
        return "POST /api/articles";
      }

      @Override
      public void forEach(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problems) {
        articles.accept(new IngestedArticle(article, "api", Optional.empty()));
      }
    };
  }

  private static Optional<String> field(JsonNode body, String name) {
    JsonNode node = body.get(name);
    return node == null || node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText());
  }

  /** Reads, codes and stores; one at a time (the store takes one writer, the pipeline is big). */
  synchronized Outcome submit(ArticleSource source) throws IOException, SQLException {
    if (loaded == null) {
      loaded = coding.get();
    }
    List<String> problems = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    ArticleSource recording = new ArticleSource() {
      @Override
      public String name() {
        return source.name();
      }

      @Override
      public void forEach(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problemConsumer) throws IOException {
        source.forEach(a -> {
          ids.add(a.article().id());
          articles.accept(a);
        }, problemConsumer);
      }
    };
    Ingester ingester = new Ingester(store, loaded, 1, 1, problem -> problems.add(problem.toString()), Progress.silent());
    Ingester.Report report = ingester.run(List.of(recording), OptionalLong.empty());
    if (ids.isEmpty()) {
      throw new ApiError(422, "no article could be read" + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)));
    }
    String id = ids.get(0);
    String status;
    if (report.stored() > 0) {
      status = "stored";
    } else if (report.copies() > 0) {
      status = "copy";
    } else if (report.failed() > 0) {
      throw new ApiError(422, "the article could not be coded: " + String.join("; ", problems));
    } else {
      status = "already stored";
    }
    Optional<String> original = Optional.empty();
    if (status.equals("copy") || status.equals("already stored")) {
      synchronized (store) { // the store's own connection: one statement at a time
        original = new dev.annals.store.ViewQueries(store.connection()).originalOf(id);
      }
    }
    return new Outcome(id, status, original, problems);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
