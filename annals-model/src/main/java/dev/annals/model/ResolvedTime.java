package dev.annals.model;

import java.util.Objects;

/**
 * A time expression with the value Annals gave it.
 *
 * @param span the expression in the text
 * @param text its words
 * @param type TIMEX3 type: DATE, TIME, DURATION, SET
 * @param value TIMEX3 value as Annals normalised it ("2022-09", "2022-12-30TMO", "P3M")
 * @param date the calendar range it denotes, when it denotes one
 */
public record ResolvedTime(Span span, String text, String type, String value, java.util.Optional<EventDate> date) {
  public ResolvedTime {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(date, "date");
  }
}
