package dev.annals.app;

import dev.annals.model.Event;
import java.util.List;
import java.util.Optional;

/**
 * An event a test expects, with the alternatives a careful coder may choose between.
 *
 * @param sources acceptable source codes
 * @param targets acceptable target codes; empty means "no target", and {@link #NO_TARGET} among codes accepts no target too
 * @param codes acceptable CAMEO codes, or prefixes ending in "x" ("12x")
 * @param dates acceptable dates at any precision ("2022", "2022-09", "2022-12-30")
 * @param modality expected modality, when the test checks it
 * @param negated expected negation, when the test checks it
 * @param place a word the place name must contain, when the test checks it
 * @param eitherDirection true when the reverse direction is as good
 * @param optional true when producing it is allowed but not required
 */
record ExpectedEvent(
    String label,
    List<String> sources,
    List<String> targets,
    List<String> codes,
    List<String> dates,
    Optional<String> modality,
    Optional<Boolean> negated,
    Optional<String> place,
    boolean eitherDirection,
    boolean optional) {

  /** Among target alternatives: no target is acceptable too. */
  static final String NO_TARGET = "-";

  boolean matches(Event event) {
    return matchesDirected(event, sources, targets) || (eitherDirection && matchesDirected(event, targets, sources));
  }

  /** The same happening told the other way round, as reciprocal events ("met", "drills") are coded both ways. */
  boolean isReverseOf(Event event) {
    return !targets.isEmpty() && matchesDirected(event, targets, sources);
  }

  private boolean matchesDirected(Event event, List<String> from, List<String> to) {
    if (!from.contains(event.source().code())) {
      return false;
    }
    if (to.isEmpty() ? event.target().isPresent() : event.target().map(t -> !to.contains(t.code())).orElse(!to.contains(NO_TARGET))) {
      return false;
    }
    // "195" accepts its refinement "1951"; "12x" any code of 12.
    if (codes.stream().noneMatch(c -> c.endsWith("x") ? event.type().code().startsWith(c.substring(0, c.length() - 1))
        : event.type().code().equals(c) || (c.length() == 3 && event.type().code().length() == 4 && event.type().code().startsWith(c)))) {
      return false;
    }
    if (!dates.isEmpty() && dates.stream().noneMatch(d -> sameTime(d, event)) && !withinAlternatives(dates, event)) {
      return false;
    }
    // A modality cell may list alternatives like any other: "intended|reported".
    if (modality.isPresent() && java.util.Arrays.stream(modality.get().split("\\|")).noneMatch(m -> event.modality().name().equalsIgnoreCase(m.trim()))) {
      return false;
    }
    if (negated.isPresent() && event.negated() != negated.get()) {
      return false;
    }
    return place.isEmpty() || event.place().map(p -> p.name().contains(place.get())).orElse(false);
  }

  /**
   * The event's dates and the expected ones agree when one range lies within the other: "2022"
   * accepts 2022-12-29, "2025-05" accepts the week 2025-W20, "2022-12-30" accepts 2022-12.
   */
  private static boolean sameTime(String expected, Event event) {
    java.time.LocalDate start = startOf(expected);
    java.time.LocalDate end = endOf(expected);
    boolean eventWithinExpected = !event.date().start().isBefore(start) && !event.date().end().isAfter(end);
    boolean expectedWithinEvent = !start.isBefore(event.date().start()) && !end.isAfter(event.date().end());
    return eventWithinExpected || expectedWithinEvent;
  }

  /**
   * "2026-04|2026-05" accepts the week 2026-W18 (27 April to 3 May): an event whose every day lies
   * within one alternative or another, as the writer of a cell that lists both meant.
   */
  private static boolean withinAlternatives(List<String> dates, Event event) {
    for (java.time.LocalDate day = event.date().start(); !day.isAfter(event.date().end()); day = day.plusDays(1)) {
      java.time.LocalDate today = day;
      if (dates.stream().noneMatch(d -> !today.isBefore(startOf(d)) && !today.isAfter(endOf(d)))) {
        return false;
      }
    }
    return true;
  }

  /** The first day of an expected date, "2022", "2022-12" or "2022-12-30". */
  private static java.time.LocalDate startOf(String expected) {
    if (expected.matches("\\d{4}")) {
      return java.time.LocalDate.of(Integer.parseInt(expected), 1, 1);
    }
    if (expected.matches("\\d{4}-\\d{2}")) {
      return java.time.YearMonth.parse(expected).atDay(1);
    }
    return java.time.LocalDate.parse(expected);
  }

  /** The last day of an expected date. */
  private static java.time.LocalDate endOf(String expected) {
    if (expected.matches("\\d{4}")) {
      return java.time.LocalDate.of(Integer.parseInt(expected), 12, 31);
    }
    if (expected.matches("\\d{4}-\\d{2}")) {
      return java.time.YearMonth.parse(expected).atEndOfMonth();
    }
    return java.time.LocalDate.parse(expected);
  }

  static String describe(Event e) {
    return e.source().code() + " -> " + e.target().map(t -> t.code()).orElse("-") + " " + e.type().code() + " " + e.date().value() + " "
        + e.modality().name().toLowerCase() + (e.negated() ? " negated" : "") + e.place().map(p -> " @" + p.name()).orElse("")
        + " | " + e.mentions().get(0).sentenceText();
  }
}
