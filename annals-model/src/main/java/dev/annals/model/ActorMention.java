package dev.annals.model;

import java.util.Objects;

/**
 * An actor as named at one place in the text.
 *
 * @param span the words that name it ("Kremlin spokesman Dmitry Peskov", "he", "Moscow")
 * @param surface those words
 * @param actor who they refer to
 */
public record ActorMention(Span span, String surface, Actor actor) {
  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(actor, "actor");
  }

  /** The actor as named by one word: a modifier ("Chinese"), a trigger that stands for whom it names. */
  public static ActorMention at(Token word, Actor actor) {
    return new ActorMention(word.span(), word.text(), actor);
  }
}
