package dev.annals.coding.place;

import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.List;
import java.util.Objects;

/** Tokens [{@code first}, {@code end}) of one sentence of an article: words that may name a place. */
record TokenRun(ArticleCues cues, Sentence sentence, int first, int end) {
  TokenRun {
    Objects.requireNonNull(cues, "cues");
    Objects.requireNonNull(sentence, "sentence");
    if (first < sentence.firstToken() || end > sentence.endToken() || end <= first) {
      throw new IllegalArgumentException("a run lies within its sentence [" + sentence.firstToken() + ", " + sentence.endToken()
          + ") and is not empty, was [" + first + ", " + end + ")");
    }
  }

  /** All tokens of the article, indexed as {@code first} and {@code end} are. */
  List<Token> tokens() {
    return cues.tokens();
  }

  int length() {
    return end - first;
  }

  Token head() {
    return tokens().get(first);
  }

  Token last() {
    return tokens().get(end - 1);
  }

  /** Where the run is written, from its first word's start to its last word's end. */
  Span span() {
    return new Span(head().span().start(), last().span().end());
  }

  /** The run as written in the article, with the spaces and marks between its words. */
  String surface() {
    return span().of(cues.text().text());
  }
}
