package dev.annals.ingest;

import dev.annals.model.Article;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as a reader found it.
 *
 * @param article text and metadata (id, publication date, title, URL, publisher)
 * @param origin where it was read, precise enough to find it again: a file path, a file path
 *     with a line or record number ("news.jsonl:17", "crawl.warc.gz#3"), or a URL
 * @param author the byline, when the source gives one
 */
public record IngestedArticle(Article article, String origin, Optional<String> author) {
  public IngestedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(author, "author");
  }
}
