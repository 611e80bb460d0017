package dev.annals.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A news report as it came in: its text and what is known about it.
 *
 * @param id stable identifier (file name, URL hash, corpus id)
 * @param text the full text; every {@link Span} in later stages points into it
 * @param publicationDate the date the report was published, when known
 * @param title headline, when known
 * @param url where it came from, when known
 * @param publisher who published it, when known
 */
public record Article(
    String id,
    String text,
    Optional<LocalDate> publicationDate,
    Optional<String> title,
    Optional<String> url,
    Optional<String> publisher) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(publicationDate, "publicationDate");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(publisher, "publisher");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
  }

  public static Article of(String id, String text, LocalDate publicationDate) {
    return new Article(
        id, text, Optional.ofNullable(publicationDate), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
