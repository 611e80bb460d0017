package dev.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Words the article attributes to someone.
 *
 * @param content the quoted or reported words
 * @param direct true for words in quotation marks, false for indirect speech ("said that ...")
 * @param speaker the coded actor who said them, when the article tells and the speaker is an
 *     actor Annals knows (a country, organisation, office holder or named person)
 * @param cue the verb or noun of saying ("said", "added", "according to"), when there is one
 * @param sentence index of the sentence that holds the content's start
 * @param speakerSpan the words in the text that name the speaker, as written where the quote is
 *     attributed ("a campaign spokeswoman", "he", "the report"), whether or not they are a coded
 *     actor; for a quote that continues an earlier speaker's words without a cue, that earlier
 *     mention. Present whenever {@code speaker} is.
 * @param speakerName who the speaker words refer to, when they are a pronoun or title that
 *     names nobody by itself: the person last named before them ("he" → "Lindsey Graham"), or
 *     the coded actor's name; empty when the words are the name
 */
public record Quote(
    Span content, String text, boolean direct, Optional<ActorMention> speaker, Optional<Span> cue, int sentence, Optional<Span> speakerSpan, Optional<String> speakerName) {
  public Quote {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speakerSpan, "speakerSpan");
    Objects.requireNonNull(speakerName, "speakerName");
    if (speaker.isPresent() && speakerSpan.isEmpty()) {
      speakerSpan = Optional.of(speaker.get().span());
    }
  }

  /** A quote whose speaker, if any, is a coded actor: its span is the actor mention's. */
  public Quote(Span content, String text, boolean direct, Optional<ActorMention> speaker, Optional<Span> cue, int sentence) {
    this(content, text, direct, speaker, cue, sentence, speaker.map(ActorMention::span), Optional.empty());
  }
}
