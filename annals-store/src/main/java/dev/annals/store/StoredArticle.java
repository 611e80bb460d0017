package dev.annals.store;

import dev.annals.model.CodedArticle;
import dev.annals.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One coded article with what the store keeps beside it.
 *
 * @param coded the article and everything coded in it
 * @param sentences the sentence spans of the analysed text, in order (index = position)
 * @param origin where it was read (file, file:line, URL)
 * @param author the byline, when known
 * @param fingerprint the duplicate detector's encoded fingerprint, when one was computed
 */
public record StoredArticle(
    CodedArticle coded, List<Span> sentences, String origin, Optional<String> author, Optional<String> fingerprint) {
  public StoredArticle {
    Objects.requireNonNull(coded, "coded");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(fingerprint, "fingerprint");
    sentences = List.copyOf(sentences);
    int length = coded.article().text().length();
    for (Span sentence : sentences) {
      if (sentence.end() > length) {
        throw new IllegalArgumentException(
            "sentence " + sentence + " lies beyond the text of article " + coded.article().id() + " (" + length + " chars)");
      }
    }
  }

  public String id() {
    return coded.article().id();
  }
}
