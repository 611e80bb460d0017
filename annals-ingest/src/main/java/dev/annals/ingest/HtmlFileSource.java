package dev.annals.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** One saved HTML page ({@code .html}, {@code .htm}), read by {@link HtmlArticleReader}. */
public final class HtmlFileSource implements ArticleSource {
  /** Far larger than any article page with its markup. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private final Path file;
  private final HtmlArticleReader reader;

  public HtmlFileSource(Path file, HtmlArticleReader reader) {
    this.file = Objects.requireNonNull(file, "file");
    this.reader = Objects.requireNonNull(reader, "reader");
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
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      problems.accept(new ReadProblem(file.toString(), String.format(Locale.ROOT,
          "is %.1f MB, larger than any article page (limit %d MB)", size / 1048576.0, MAX_BYTES / 1048576)));
      return;
    }
    reader.read(Files.readAllBytes(file), Optional.empty(), Optional.empty(), file.toString())
        .deliver(articles, problems);
  }
}
