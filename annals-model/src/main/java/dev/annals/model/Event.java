package dev.annals.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One happening as one article reports it, possibly in several sentences. Its fields are those
 * of its best mention (the one with the most exact date, then the first); {@link #mentions()}
 * keeps every sentence.
 */
public record Event(
    Actor source,
    Optional<Actor> target,
    EventType type,
    EventDate date,
    Modality modality,
    boolean negated,
    Optional<Place> place,
    List<EventMention> mentions) {
  public Event {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(place, "place");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one mention");
    }
  }
}
