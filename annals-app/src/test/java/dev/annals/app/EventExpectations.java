package dev.annals.app;

import dev.annals.model.Event;
import java.util.ArrayList;
import java.util.List;

/** Compares coded events with expected ones and explains every difference. */
final class EventExpectations {
  private EventExpectations() {}

  record Outcome(List<ExpectedEvent> missing, List<Event> unexpected, String report) {}

  static Outcome compare(List<ExpectedEvent> expected, List<Event> events) {
    List<ExpectedEvent> missing = new ArrayList<>();
    List<Event> explained = new ArrayList<>();
    for (ExpectedEvent e : expected) {
      List<Event> hits = events.stream().filter(e::matches).toList();
      if (hits.isEmpty() && !e.optional()) {
        missing.add(e);
      }
      explained.addAll(hits);
    }
    // A reciprocal happening coded in both directions is one expected event, not an extra.
    for (ExpectedEvent e : expected) {
      events.stream().filter(e::isReverseOf).filter(ev -> explained.stream().anyMatch(e::matches)).forEach(explained::add);
    }
    List<Event> unexpected = events.stream().filter(ev -> !explained.contains(ev)).toList();
    StringBuilder report = new StringBuilder();
    report.append("coded events:\n");
    events.forEach(ev -> report.append("  ").append(ExpectedEvent.describe(ev)).append('\n'));
    missing.forEach(m -> report.append("MISSING ").append(m.label()).append(": ").append(m).append('\n'));
    unexpected.forEach(u -> report.append("UNEXPECTED ").append(ExpectedEvent.describe(u)).append('\n'));
    return new Outcome(missing, unexpected, report.toString());
  }
}
