package dev.annals.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens whatever a user names on the command line as an {@link ArticleSource}: a folder (walked
 * recursively), a file of any supported kind ({@link FileKind}), or an http(s) URL.
 */
public final class Sources {
  private final HtmlArticleReader html = new HtmlArticleReader();
  private final PageFetcher fetcher;
  private final boolean fetchFeedLinks;

  /** Sources that fetch with default timeouts. */
  public Sources() {
    this(new PageFetcher(), true);
  }

  /**
   * @param fetcher fetches URLs given as input and the pages of summary-only feed items
   * @param fetchFeedLinks whether summary-only feed items are fetched from their links; when
   *     not, they are reported as problems and nothing but URLs given as input is fetched
   */
  public Sources(PageFetcher fetcher, boolean fetchFeedLinks) {
    this.fetcher = java.util.Objects.requireNonNull(fetcher, "fetcher");
    this.fetchFeedLinks = fetchFeedLinks;
  }

  /** The source for a path or URL; a path that does not exist is an {@link IOException} naming it. */
  public ArticleSource open(String pathOrUrl) throws IOException {
    if (PageFetcher.isWebAddress(pathOrUrl)) {
      return new WebSource(pathOrUrl.strip(), fetcher, html, fetchFeedLinks);
    }
    Path path = Path.of(pathOrUrl);
    if (!Files.exists(path)) {
      throw new NoSuchFileException(pathOrUrl, null, "no such file or folder");
    }
    if (Files.isDirectory(path)) {
      return new FolderSource(path, this);
    }
    return forFile(path, path.getFileName().toString());
  }

  /**
   * The source for one file by its kind.
   *
   * @param plainTextId the id a plain-text article gets (its name); other kinds carry their own ids
   */
  public ArticleSource forFile(Path file, String plainTextId) throws IOException {
    FileKind kind = FileKind.of(file);
    return switch (kind) {
      case PLAIN_TEXT -> new PlainTextSource(file, plainTextId);
      case JSON_LINES -> new JsonLinesSource(file);
      case HTML -> new HtmlFileSource(file, html);
      case FEED -> fetchFeedLinks ? FeedSource.ofFile(file, fetcher, html)
          : FeedSource.ofFile(file, fetcher, html).withoutFetching();
      case WARC -> new WarcSource(file, html);
      default -> unreadable(file, "is not a format Annals reads (" + kind + ")");
    };
  }

  private static ArticleSource unreadable(Path file, String message) {
    return new ArticleSource() {
      @Override
      public String name() {
        return file.toString();
      }

      @Override
      public void forEach(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problems) {
        problems.accept(new ReadProblem(file.toString(), message));
      }
    };
  }
}
