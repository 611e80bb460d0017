package dev.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence: its place in the text, its tokens (as an index range into the article's token
 * list) and its dependency graph.
 */
public record Sentence(int index, Span span, int firstToken, int endToken, List<Dependency> dependencies) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    dependencies = List.copyOf(dependencies);
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("bad token range [" + firstToken + ", " + endToken + ")");
    }
  }

  public boolean containsToken(int tokenIndex) {
    return tokenIndex >= firstToken && tokenIndex < endToken;
  }
}
