package dev.annals.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A report that repeats a stored article: kept as one more document (and one more source when its
 * publisher differs), never coded twice.
 *
 * @param articleId the copy's own id
 * @param originalId the stored article it repeats
 * @param url the copy's URL, when known
 * @param publisher the copy's publisher, when known
 * @param publicationDate the copy's date, when known
 * @param origin where the copy was read
 * @param kind how it repeats the original: same_url, same_text, near_duplicate
 * @param similarity estimated similarity of the texts, 0 to 1
 */
public record ArticleCopy(
    String articleId,
    String originalId,
    Optional<String> url,
    Optional<String> publisher,
    Optional<LocalDate> publicationDate,
    String origin,
    String kind,
    double similarity) {
  public ArticleCopy {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(originalId, "originalId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(publicationDate, "publicationDate");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(kind, "kind");
    if (articleId.equals(originalId)) {
      throw new IllegalArgumentException("article " + articleId + " cannot be a copy of itself");
    }
  }
}
