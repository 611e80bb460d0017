package dev.annals.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An http(s) URL given as input: fetched once, then read as a feed when the server or the bytes
 * say it is one (an RSS/Atom/XML content type, or a document starting with {@code <rss},
 * {@code <feed}, {@code <rdf:RDF}), else as a single HTML page. A URL that cannot be fetched is an
 * {@link IOException} naming it.
 */
public final class WebSource implements ArticleSource {
  private final String url;
  private final PageFetcher fetcher;
  private final HtmlArticleReader reader;
  private final boolean fetchFeedLinks;

  public WebSource(String url, PageFetcher fetcher, HtmlArticleReader reader, boolean fetchFeedLinks) {
    this.url = Objects.requireNonNull(url, "url");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.fetchFeedLinks = fetchFeedLinks;
  }

  @Override
  public String name() {
    return url;
  }

  @Override
  public void forEach(Consumer<IngestedArticle> articles, Consumer<ReadProblem> problems) throws IOException {
    PageFetcher.Page page = fetcher.fetch(url);
    if (isFeed(page)) {
      FeedSource feed = FeedSource.ofBytes(url, page.body(), fetcher, reader);
      (fetchFeedLinks ? feed : feed.withoutFetching()).forEach(articles, problems);
    } else {
      reader.read(page.body(), page.charset(), Optional.of(page.url()), url).deliver(articles, problems);
    }
  }

  static boolean isFeed(PageFetcher.Page page) {
    String type = page.contentType().orElse("");
    if (type.contains("rss") || type.contains("atom")) {
      return true;
    }
    if (type.contains("html")) {
      return false;
    }
    String head = new String(page.body(), 0, Math.min(page.body().length, 1024), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }
}
