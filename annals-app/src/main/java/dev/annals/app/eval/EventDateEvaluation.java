package dev.annals.app.eval;

import dev.annals.coding.time.PredicateDates;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Article;
import dev.annals.model.EventDate;
import dev.annals.model.ResolvedTime;
import dev.annals.model.Span;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Event dates against TimeML (TimeBank, AQUAINT): for every event the annotators placed inside a
 * time with a calendar value (a TLINK IS_INCLUDED, DURING or SIMULTANEOUS, or the time INCLUDES
 * it), the date Annals gives that event's words. Two peers are scored in the same run: the
 * publication date, which is how GDELT and ICEWS date every event, and the time expression
 * nearest the event in its sentence.
 */
public final class EventDateEvaluation implements Evaluation {
  @Override
  public String kind() {
    return "dates";
  }

  @Override
  public String goldDescription() {
    return "TimeML documents with TLINKs (.tml files or folders of them), e.g. ../shared/eval/timeml";
  }

  @Override
  public EvalResult run(EvalRequest request) throws IOException {
    EventDateScore ours = new EventDateScore();
    EventDateScore publication = new EventDateScore();
    EventDateScore nearest = new EventDateScore();
    TimemlCorpus.forEach(request, document -> {
      Article article = new Article(document.id(), document.text(), Optional.of(document.creationDate()), Optional.empty(), Optional.empty(), Optional.empty());
      AnnotatedText analysed = request.annals().analyzer().analyze(article);
      PredicateDates dates = request.annals().coder().predicateDates(analysed, document.creationDate());
      List<ResolvedTime> times = dates.times();
      LocalDate published = document.creationDate();
      for (TimemlDocument.GoldEvent event : document.events()) {
        Optional<GoldDate> gold = goldDate(document, event);
        if (gold.isEmpty()) {
          continue;
        }
        Span span = new Span(event.start(), event.end());
        Optional<EventDate> annals = dates.dateOf(span);
        Optional<EventDate> near = nearestInSentence(dates, times, span);
        LocalDate nearStart = near.map(EventDate::start).orElse(published);
        LocalDate nearEnd = near.map(EventDate::end).orElse(published);
        EventDateScore.Judged nearJudged = judged(gold.get(), Optional.of(nearStart), Optional.of(nearEnd));
        String got = annals.map(d -> d.value() + " (" + d.origin().name().toLowerCase(java.util.Locale.ROOT) + ")").orElse("nothing")
            + (nearJudged.exact() ? "; the nearest time in the sentence has it" : "");
        ours.add(judged(gold.get(), annals.map(EventDate::start), annals.map(EventDate::end)), errorLine(document, event, gold.get(), got));
        publication.add(judged(gold.get(), Optional.of(published), Optional.of(published)), "");
        nearest.add(nearJudged, "");
      }
    });
    request.out().println(ours.summary("annals"));
    request.out().println(publication.summary("publication date"));
    request.out().println(nearest.summary("nearest time in sentence"));
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("dates.exact", 100 * ours.exactAccuracy());
    scores.put("dates.within", 100 * ours.withinAccuracy());
    scores.put("dates.exact.text", 100 * ours.exactFromTextAccuracy());
    return new EvalResult(scores, ours.errors());
  }

  /** A gold event's date and the words it was read from. */
  private record GoldDate(GoldInterval interval, boolean fromCreationTime, String value) {}

  /**
   * The narrowest calendar time the gold puts the event in; between equally narrow ones, an
   * expression of the text before the document date.
   */
  private static Optional<GoldDate> goldDate(TimemlDocument document, TimemlDocument.GoldEvent event) {
    return document.links().stream()
        .filter(link -> link.eventId().equals(event.eventId()))
        .flatMap(link -> GoldInterval.of(link.timeValue()).map(interval -> new GoldDate(interval, link.creationTime(), link.timeValue())).stream())
        .min(Comparator.comparingLong((GoldDate g) -> g.interval().days()).thenComparing(GoldDate::fromCreationTime));
  }

  private static EventDateScore.Judged judged(GoldDate gold, Optional<LocalDate> start, Optional<LocalDate> end) {
    return new EventDateScore.Judged(gold.interval(), gold.fromCreationTime(), start, end);
  }

  /** The dated time expression of the event's sentence closest to it in characters. */
  private static Optional<EventDate> nearestInSentence(PredicateDates dates, List<ResolvedTime> times, Span event) {
    Optional<Span> sentence = dates.sentenceOf(event);
    if (sentence.isEmpty()) {
      return Optional.empty();
    }
    return times.stream()
        .filter(t -> t.date().isPresent() && sentence.get().contains(t.span()))
        .min(Comparator.comparingInt(t -> Math.min(Math.abs(t.span().start() - event.end()), Math.abs(event.start() - t.span().end()))))
        .flatMap(ResolvedTime::date);
  }

  private static String errorLine(TimemlDocument document, TimemlDocument.GoldEvent event, GoldDate gold, String got) {
    return String.format("date     %s: \"%s\" expected %s (%s), got %s | %s", document.id(), event.text(), gold.interval().label(),
        gold.fromCreationTime() ? "document date" : gold.value(), got, SentenceContext.around(document.text(), event.start(), event.end()));
  }
}
