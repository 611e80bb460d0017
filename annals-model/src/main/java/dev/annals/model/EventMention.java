package dev.annals.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One sentence of one article reporting one event: the row of the event record.
 *
 * @param articleId the article it was read from
 * @param sentence index of the sentence
 * @param sentenceText the sentence itself, the evidence a reader checks
 * @param evidence the span from the first to the last word that made the event (actors, trigger)
 * @param trigger the word or words that name the action ("condemning", "talks", "voiced support")
 * @param source who acts
 * @param target who is acted upon, when anyone is
 * @param type CAMEO code with its name, Goldstein value and quad class
 * @param date when, with precision and origin
 * @param modality asserted, intended, hypothetical or reported
 * @param negated true when the text says it did not happen ("did not condemn")
 * @param place where, when the sentence says
 * @param quote index into the article's quotes when the event was reported inside one
 * @param confidence how sure the coder is, 0 to 1
 */
public record EventMention(
    String articleId,
    int sentence,
    String sentenceText,
    Span evidence,
    Span trigger,
    String triggerText,
    ActorMention source,
    Optional<ActorMention> target,
    EventType type,
    EventDate date,
    Modality modality,
    boolean negated,
    Optional<Place> place,
    Optional<Integer> quote,
    double confidence) {
  public EventMention {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentenceText, "sentenceText");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerText, "triggerText");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(quote, "quote");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }

  /** The same mention aimed at another target. */
  public EventMention withTarget(ActorMention aimedAt) {
    return new EventMention(articleId, sentence, sentenceText, evidence, trigger, triggerText, source, Optional.of(aimedAt), type, date, modality, negated,
        place, quote, confidence);
  }

  /** The same mention dated otherwise. */
  public EventMention withDate(EventDate dated) {
    return new EventMention(articleId, sentence, sentenceText, evidence, trigger, triggerText, source, target, type, dated, modality, negated,
        place, quote, confidence);
  }
}
