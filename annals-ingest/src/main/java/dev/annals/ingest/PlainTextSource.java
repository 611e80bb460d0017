package dev.annals.ingest;

import dev.annals.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One plain-text article file. Its id is the name it was given (the file name, or the path
 * inside an ingested folder); its date is the dateline in the first lines when there is one; a
 * short first line followed by a blank line is taken as the headline (the text keeps it).
 */
public final class PlainTextSource implements ArticleSource {
  /** Larger than any news article; a file this big is a corpus in the wrong format. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private static final int MAX_HEADLINE_CHARS = 160;

  private final Path file;
  private final String id;

  /** @param id the stable id the article gets; the file name when read on its own */
  public PlainTextSource(Path file, String id) {
    this.file = Objects.requireNonNull(file, "file");
    this.id = Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank for " + file);
    }
  }

  public PlainTextSource(Path file) {
    this(file, file.getFileName().toString());
  }

  @Override
  public java.util.OptionalLong estimatedCount() {
    return java.util.OptionalLong.of(1);
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public void forEach(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problems) throws IOException {
    String origin = file.toString();
    long size = Files.size(file);
    if (size == 0) {
      problems.accept(new ReadProblem(origin, "is empty"));
      return;
    }
    if (size > MAX_BYTES) {
      problems.accept(new ReadProblem(origin, String.format(Locale.ROOT,
          "is %.1f MB, larger than any news article (limit %d MB); put a corpus in JSON Lines or WARC",
          size / 1048576.0, MAX_BYTES / 1048576)));
      return;
    }
    DecodedText.Result result = DecodedText.decode(Files.readAllBytes(file));
    if (result.problem().isPresent()) {
      problems.accept(new ReadProblem(origin, result.problem().get()));
      return;
    }
    String text = result.decoded().orElseThrow().text();
    if (text.isBlank()) {
      problems.accept(new ReadProblem(origin, "holds only white space"));
      return;
    }
    Article article = new Article(id, text, PublicationDates.dateline(text), headline(text), Optional.empty(),
        Optional.empty());
    articles.accept(new IngestedArticle(article, origin, Optional.empty()));
  }

  /** A short first line without a final full stop, set apart by a blank line, reads as a headline. */
  static Optional<String> headline(String text) {
    String stripped = text.stripLeading();
    int end = stripped.indexOf("\n\n");
    if (end <= 0) {
      return Optional.empty();
    }
    String first = stripped.substring(0, end).strip();
    if (first.contains("\n") || first.length() > MAX_HEADLINE_CHARS || first.endsWith(".")
        || PublicationDates.parse(first).isPresent() && first.length() < 40) {
      return Optional.empty();
    }
    return Optional.of(first);
  }
}
