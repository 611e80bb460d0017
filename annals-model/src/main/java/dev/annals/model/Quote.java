package dev.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Words the article attributes to someone.
 *
 * @param content the quoted or reported words
 * @param direct true for words in quotation marks, false for indirect speech ("said that ...")
 * @param speaker who said them, when the article tells
 * @param cue the verb of saying ("said", "added"), when there is one
 * @param sentence index of the sentence that holds the content's start
 */
public record Quote(Span content, String text, boolean direct, Optional<ActorMention> speaker, Optional<Span> cue, int sentence) {
  public Quote {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
  }
}
