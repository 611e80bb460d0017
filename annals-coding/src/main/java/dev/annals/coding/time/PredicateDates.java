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
    return index.lastTokenIn(span).map(token -> {
      List<Integer> anchors = anchorsOf(token);
      return dater.date(index, clock, anchors, tenseOf(anchors.get(anchors.size() - 1)));
    });
  }

  /**
   * The tokens whose clause dates the predicate: a verb's own; for a noun, as the coder anchors a
   * noun event, also the noun it names a kind of ("the shooting death") and the verb it is the
   * object of ("held talks on Saturday").
   */
  private List<Integer> anchorsOf(int token) {
    List<Integer> anchors = new java.util.ArrayList<>(List.of(token));
    if (!index.token(token).isNoun()) {
      return anchors;
    }
    int phrase = token;
    Optional<dev.annals.model.Dependency> head = index.head(token);
    if (head.isPresent() && head.get().relation().equals("compound") && head.get().governor() >= 0 && index.token(head.get().governor()).isNoun()) {
      phrase = head.get().governor();
      anchors.add(phrase);
    }
    index.verbTaking(phrase).filter(g -> !anchors.contains(g)).ifPresent(anchors::add);
    return anchors;
  }

  /** The article's time expressions with Annals' values, for a scorer's peer that dates by proximity. */
  public List<ResolvedTime> times() {
    return dater.resolveAll(index, clock);
  }

  /** The sentence the span lies in, or empty when it lies in none. */
  public Optional<Span> sentenceOf(Span span) {
    return index.lastTokenIn(span).map(token -> index.text().sentences().get(index.token(token).sentence()).span());
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
