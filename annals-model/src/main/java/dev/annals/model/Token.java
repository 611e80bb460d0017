package dev.annals.model;

import java.util.Objects;

/**
 * One token of an article.
 *
 * @param index position in the whole article (0-based), the key used by {@link Dependency}
 * @param sentence index of the sentence that holds it
 * @param text the token as written
 * @param lemma dictionary form, lower case for common words
 * @param tag Penn Treebank part-of-speech tag
 * @param entity coarse named-entity tag (PERSON, LOCATION, ORGANIZATION, MISC, DATE, ... or O)
 * @param span where it stands in the article text
 */
public record Token(int index, int sentence, String text, String lemma, String tag, String entity, Span span) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(span, "span");
    if (index < 0 || sentence < 0) {
      throw new IllegalArgumentException("token and sentence indices must be >= 0");
    }
  }

  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }

  public boolean isPronoun() {
    return tag.startsWith("PRP");
  }
}
