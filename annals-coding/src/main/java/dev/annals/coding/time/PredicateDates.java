package dev.annals.coding.time;

import dev.annals.coding.DependencyIndex;
import dev.annals.model.EventDate;
import dev.annals.model.ResolvedTime;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The date Annals gives any predicate of an analysed article ("met", "the attack"), read as its
 * coded events are dated: the time its own clause names, else the time of the clause that tells
 * it, else the publication date. What {@code annals eval dates} measures against TimeML's links
 * from events to times, whether or not the predicate is one CAMEO codes.
 */
public final class PredicateDates {
  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll");

  private final EventDater dater;
  private final DependencyIndex index;
  private final EventDater.ArticleClock clock;

  public PredicateDates(EventDater dater, DependencyIndex index, EventDater.ArticleClock clock) {
    this.dater = dater;
    this.index = index;
    this.clock = clock;
  }

  /** The date of the predicate written at these characters, or empty when no token lies there. */
  public Optional<EventDate> dateOf(Span span) {
    return tokenAt(span).map(token -> dater.date(index, clock, List.of(token), tenseOf(token)));
  }

  /** The article's time expressions with Annals' values, for a scorer's peer that dates by proximity. */
  public List<ResolvedTime> times() {
    return dater.resolveAll(index, clock);
  }

  /** The sentence the span lies in, or empty when it lies in none. */
  public Optional<Span> sentenceOf(Span span) {
    return tokenAt(span).map(token -> index.text().sentences().get(index.token(token).sentence()).span());
  }

  /** The last token inside the span: the head of "peace talks" and of a single word alike. */
  private Optional<Integer> tokenAt(Span span) {
    List<Token> tokens = index.text().tokens();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Span t = tokens.get(i).span();
      if (t.start() < span.end() && span.start() < t.end()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Past for a verb in the past tense or a participle, future after "will", else unknown: as the coder tells tense. */
  private Tense tenseOf(int token) {
    String tag = index.token(token).tag();
    if (tag.equals("VBD") || tag.equals("VBN")) {
      return Tense.PAST;
    }
    boolean future = index.children(token).stream()
        .anyMatch(d -> d.relation().equals("aux") && FUTURE_AUXILIARIES.contains(index.lemma(d.dependent())));
    return future ? Tense.FUTURE : Tense.UNKNOWN;
  }
}
