package dev.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * What Annals read in one article.
 *
 * @param article the article
 * @param referenceDate the date relative expressions were resolved against
 * @param referenceDateOrigin how that date was chosen: "given", "publication", "text", "assumed
 *     today"
 * @param actors every actor mention found
 * @param events events, each with its mentions
 * @param quotes quoted and reported speech with speakers
 * @param times every time expression with Annals' own value
 * @param places every place named in the article, resolved, in text order
 */
public record CodedArticle(
    Article article,
    java.time.LocalDate referenceDate,
    String referenceDateOrigin,
    List<ActorMention> actors,
    List<Event> events,
    List<Quote> quotes,
    List<ResolvedTime> times,
    List<PlaceMention> places) {
  public CodedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(referenceDateOrigin, "referenceDateOrigin");
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    places = List.copyOf(places);
  }

  /** An article coded without resolving its place names. */
  public CodedArticle(
      Article article,
      java.time.LocalDate referenceDate,
      String referenceDateOrigin,
      List<ActorMention> actors,
      List<Event> events,
      List<Quote> quotes,
      List<ResolvedTime> times) {
    this(article, referenceDate, referenceDateOrigin, actors, events, quotes, times, List.of());
  }
}
