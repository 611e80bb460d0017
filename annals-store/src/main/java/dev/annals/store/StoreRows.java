package dev.annals.store;

import dev.annals.model.Actor;
import dev.annals.model.ActorMention;
import dev.annals.model.Article;
import dev.annals.model.CodedArticle;
import dev.annals.model.Event;
import dev.annals.model.EventMention;
import dev.annals.model.Place;
import dev.annals.model.Quote;
import dev.annals.model.Span;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The rows one coded article becomes in the store's tables (articles, sentences, event_mentions,
 * actor_mentions, quotes), each as values in the column order of {@code schema.sql}: String,
 * Integer, Double, Boolean, LocalDate, LocalDateTime or null. The embedded store appends them to
 * DuckDB; the Spark job turns them into Spark rows, so both write the same values.
 */
public final class StoreRows {
  private StoreRows() {}

  /** Receives one row of one table. */
  @FunctionalInterface
  public interface Sink {
    void row(String table, Object... values) throws SQLException;
  }

  /** Hands every row of the article to the sink, table by table. */
  public static void forEach(StoredArticle stored, LocalDateTime ingestedAt, Sink sink) throws SQLException {
    CodedArticle coded = stored.coded();
    Article article = coded.article();
    String id = article.id();
    String text = article.text();
    sink.row("articles", id, article.url().orElse(null), article.title().orElse(null), article.publisher().orElse(null),
        stored.author().orElse(null), article.publicationDate().orElse(null), coded.referenceDate(), coded.referenceDateOrigin(),
        text, stored.fingerprint().orElse(null), stored.origin(), ingestedAt);
    for (int i = 0; i < stored.sentences().size(); i++) {
      Span span = stored.sentences().get(i);
      sink.row("sentences", id, i, span.start(), span.end(), span.of(text));
    }
    for (int e = 0; e < coded.events().size(); e++) {
      Event event = coded.events().get(e);
      for (int m = 0; m < event.mentions().size(); m++) {
        EventMention mention = event.mentions().get(m);
        Optional<Actor> target = mention.target().map(ActorMention::actor);
        Optional<Place> place = mention.place();
        Actor source = mention.source().actor();
        sink.row("event_mentions", id + "#" + e + "." + m, id, e, m, mention.sentence(), mention.sentenceText(),
            mention.evidence().start(), mention.evidence().end(),
            mention.evidence().end() <= text.length() ? mention.evidence().of(text) : "", mention.triggerText(),
            source.code(), mention.source().surface(), source.name(), source.country().orElse(null),
            source.sector().orElse(null), source.kind().name().toLowerCase(),
            target.map(Actor::code).orElse(null), mention.target().map(ActorMention::surface).orElse(null),
            target.map(Actor::name).orElse(null), target.flatMap(Actor::country).orElse(null),
            target.flatMap(Actor::sector).orElse(null), target.map(a -> a.kind().name().toLowerCase()).orElse(null),
            mention.type().code(), mention.type().name(), mention.type().rootCode(), mention.type().quadClass().number(),
            mention.type().goldstein(), mention.date().value(), mention.date().start(), mention.date().end(),
            mention.date().precision().name().toLowerCase(), mention.date().origin().name().toLowerCase(),
            mention.modality().name().toLowerCase(), mention.negated(),
            place.map(Place::name).orElse(null), place.flatMap(Place::country).orElse(null),
            place.map(Place::latitude).orElse(null), place.map(Place::longitude).orElse(null),
            place.map(p -> p.kind().name().toLowerCase()).orElse(null), mention.quote().orElse(null),
            mention.confidence(), mention.sentence() < EventStore.ROOT_SENTENCES, place.flatMap(Place::admin1).orElse(null));
      }
    }
    for (ActorMention mention : coded.actors()) {
      Actor actor = mention.actor();
      sink.row("actor_mentions", id, mention.span().start(), mention.span().end(), mention.surface(), actor.code(), actor.name(),
          actor.country().orElse(null), actor.sector().orElse(null), actor.kind().name().toLowerCase());
    }
    for (int i = 0; i < coded.quotes().size(); i++) {
      Quote quote = coded.quotes().get(i);
      sink.row("quotes", id, i, quote.sentence(), quote.content().start(), quote.content().end(), quote.text(), quote.direct(),
          quote.speaker().map(s -> s.actor().code()).orElse(null), quote.speaker().map(ActorMention::surface).orElse(null),
          quote.speaker().map(s -> s.actor().name()).orElse(null));
    }
  }
}
