package dev.annals.store;

import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import dev.annals.model.Article;
import dev.annals.model.CodedArticle;
import dev.annals.model.DateOrigin;
import dev.annals.model.DatePrecision;
import dev.annals.model.Event;
import dev.annals.model.EventDate;
import dev.annals.model.EventMention;
import dev.annals.model.EventType;
import dev.annals.model.Modality;
import dev.annals.model.Place;
import dev.annals.model.PlaceKind;
import dev.annals.model.QuadClass;
import dev.annals.model.Quote;
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Coded articles built by hand: no CoreNLP, every field known. */
final class HandBuiltArticles {
  static final Actor RUSSIA = new Actor("RUSGOV", "Russia", Optional.of("RUS"), Optional.of("GOV"), ActorKind.STATE);
  static final Actor CHINA = new Actor("CHNGOV", "China", Optional.of("CHN"), Optional.of("GOV"), ActorKind.STATE);
  static final Actor NATO = new Actor("NATO", "North Atlantic Treaty Organization", Optional.empty(), Optional.empty(), ActorKind.ORGANISATION);
  static final EventType MEET = new EventType("036", "Express intent to meet or negotiate", 4.0, QuadClass.VERBAL_COOPERATION);
  static final EventType CONSULT = new EventType("040", "Consult", 1.0, QuadClass.VERBAL_COOPERATION);
  static final EventType CRITICIZE = new EventType("111", "Criticize or denounce", -2.0, QuadClass.VERBAL_CONFLICT);
  static final Place MOSCOW = new Place("Moscow", Optional.of("RUS"), 55.75, 37.62, PlaceKind.CITY, 12_000_000);

  private HandBuiltArticles() {}

  /** One event in one sentence, described by the words of a made-up report. */
  record Reported(Actor source, String sourceWords, Optional<Actor> target, String targetWords, EventType type,
      LocalDate day, Optional<Place> place, String trigger) {}

  static Reported reported(Actor source, String sourceWords, Actor target, String targetWords, EventType type, String day, String trigger) {
    return new Reported(source, sourceWords, Optional.of(target), targetWords, type, LocalDate.parse(day), Optional.empty(), trigger);
  }

  /**
   * An article whose sentences each report one event ("SOURCE TRIGGER TARGET on DAY."), with a
   * quote in the last sentence when asked.
   */
  static StoredArticle article(String id, String publisher, String url, String published, List<Reported> reports) {
    StringBuilder text = new StringBuilder();
    List<Span> sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<ActorMention> actors = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Reported r = reports.get(i);
      int start = text.length();
      text.append(r.sourceWords()).append(' ');
      Span sourceSpan = new Span(start, start + r.sourceWords().length());
      int triggerStart = text.length();
      text.append(r.trigger()).append(' ');
      Span triggerSpan = new Span(triggerStart, triggerStart + r.trigger().length());
      int targetStart = text.length();
      text.append(r.targetWords());
      Span targetSpan = new Span(targetStart, targetStart + r.targetWords().length());
      text.append(" on ").append(r.day()).append('.');
      Span sentence = new Span(start, text.length());
      text.append(' ');
      sentences.add(sentence);
      ActorMention source = new ActorMention(sourceSpan, r.sourceWords(), r.source());
      Optional<ActorMention> target = r.target().map(t -> new ActorMention(targetSpan, r.targetWords(), t));
      actors.add(source);
      target.ifPresent(actors::add);
      EventDate date = new EventDate(r.day().toString(), r.day(), r.day(), DatePrecision.DAY, DateOrigin.TIME_EXPRESSION, Optional.empty());
      String sentenceText = sentence.of(text.toString());
      EventMention mention = new EventMention(id, i, sentenceText, new Span(start, targetSpan.end()), triggerSpan, r.trigger(),
          source, target, r.type(), date, Modality.ASSERTED, false, r.place(), Optional.empty(), 0.9);
      events.add(new Event(r.source(), r.target(), r.type(), date, Modality.ASSERTED, false, r.place(), List.of(mention)));
    }
    String body = text.toString().strip();
    int quoteStart = body.length() + 1;
    String quoted = "\"We talked about everything,\" a spokesman said.";
    body = body + " " + quoted;
    sentences.add(new Span(quoteStart, body.length()));
    Quote quote = new Quote(new Span(quoteStart + 1, quoteStart + 28), "We talked about everything,", true, Optional.empty(),
        Optional.empty(), sentences.size() - 1);
    Article article = new Article(id, body, Optional.of(LocalDate.parse(published)), Optional.of("Report " + id),
        Optional.ofNullable(url), Optional.ofNullable(publisher));
    CodedArticle coded = new CodedArticle(article, LocalDate.parse(published), "publication", actors, events, List.of(quote), List.of());
    return new StoredArticle(coded, sentences, id + ".txt", Optional.of("A. Writer"), Optional.empty());
  }
}
