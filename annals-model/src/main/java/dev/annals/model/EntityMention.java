package dev.annals.model;

import java.util.Objects;

/** A named entity found by the language analysis, as a token range. */
public record EntityMention(int firstToken, int endToken, String type, String text, Span span) {
  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (endToken <= firstToken) {
      throw new IllegalArgumentException("an entity mention needs at least one token");
    }
  }
}
