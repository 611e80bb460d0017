package dev.annals.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened, as exactly as the text tells.
 *
 * @param value ISO-8601 at the given precision: "2022-12-30", "2022-W52", "2022-09", "2022"
 * @param start first day the value covers
 * @param end last day the value covers
 * @param precision how exact the value is
 * @param origin where it came from
 * @param evidence the time expression it was read from, when there was one
 */
public record EventDate(
    String value, LocalDate start, LocalDate end, DatePrecision precision, DateOrigin origin, Optional<Span> evidence) {
  public EventDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(evidence, "evidence");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("date " + value + " ends before it starts");
    }
  }
}
