package dev.annals.model;

import java.util.Objects;

/**
 * A place named in an article (a toponym): where the name stands and the place it was resolved to.
 *
 * @param span the name's characters in the article text
 * @param text the name as written ("Ga.", "Laurel County", "Russian")
 * @param place the place Annals resolved it to
 */
public record PlaceMention(Span span, String text, Place place) {
  public PlaceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(place, "place");
  }
}
