package dev.annals.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.DateOrigin;
import dev.annals.model.DatePrecision;
import dev.annals.model.Event;
import dev.annals.model.EventDate;
import dev.annals.model.EventMention;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import dev.annals.model.QuadClass;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an expected event's dates accept an event's date. */
class ExpectedEventTest {
  // A visit dated by "next week", the week of 27 April to 3 May 2026.
  private static final Event VISIT_NEXT_WEEK =
      visit(new EventDate("2026-W18", LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 3), DatePrecision.WEEK, DateOrigin.TIME_EXPRESSION, Optional.empty()));

  /** "Pashinyan is due to visit Brussels", an event of one mention, on the given date. */
  private static Event visit(EventDate date) {
    ActorMention armenia = new ActorMention(new Span(0, 9), "Pashinyan", new Actor("ARMGOV", "Armenia government", Optional.of("ARM"), Optional.of("GOV"), ActorKind.STATE));
    ActorMention eu = new ActorMention(new Span(23, 31), "Brussels", new Actor("EU", "European Union", Optional.empty(), Optional.of("IGO"), ActorKind.ORGANISATION));
    EventType type = new EventType("042", "Make a visit", 1.9, QuadClass.VERBAL_COOPERATION);
    EventMention mention = new EventMention("a.txt", 0, "Pashinyan is due to visit Brussels.", new Span(0, 31), new Span(17, 22), "visit", armenia, Optional.of(eu),
        type, date, Modality.INTENDED, false, Optional.empty(), Optional.empty(), 0.8);
    return new Event(armenia.actor(), Optional.of(eu.actor()), type, date, Modality.INTENDED, false, Optional.empty(), List.of(mention));
  }

  private static ExpectedEvent visitOn(List<String> dates) {
    return new ExpectedEvent("test", List.of("ARMGOV"), List.of("EU"), List.of("042"), dates, Optional.of("intended"), Optional.of(false), Optional.empty(),
        false, false);
  }

  @Test
  void aWeekAcrossTwoMonthsListedAsAlternativesMatches() {
    assertThat(visitOn(List.of("2026-04", "2026-05")).matches(VISIT_NEXT_WEEK)).isTrue();
  }

  @Test
  void aWeekOnlyPartlyWithinTheAlternativesDoesNot() {
    assertThat(visitOn(List.of("2026-04", "2026-06")).matches(VISIT_NEXT_WEEK)).isFalse();
    assertThat(visitOn(List.of("2026-04")).matches(VISIT_NEXT_WEEK)).isFalse();
  }

  @Test
  void aDayWithinAMonthMatchesAsBefore() {
    Event onMonday = visit(new EventDate("2026-04-27", LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 27), DatePrecision.DAY, DateOrigin.TIME_EXPRESSION,
        Optional.empty()));
    assertThat(visitOn(List.of("2026-04")).matches(onMonday)).isTrue();
    assertThat(visitOn(List.of("2026-05")).matches(onMonday)).isFalse();
  }
}
