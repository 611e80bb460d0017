package dev.annals.app.store;

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
import dev.annals.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the Annals pipeline in tests of the ingest machinery: sentences end at ". ", and
 * "COUNTRY VERB COUNTRY [in CITY]" with a few verbs is an event dated on the publication date.
 * It can be told to fail after some articles, as a killed run would stop.
 */
final class PatternCoding implements ArticleCoding {
  private static final Map<String, Actor> ACTORS = Map.of(
      "Russia", new Actor("RUSGOV", "Russia", Optional.of("RUS"), Optional.of("GOV"), ActorKind.STATE),
      "China", new Actor("CHNGOV", "China", Optional.of("CHN"), Optional.of("GOV"), ActorKind.STATE),
      "Ukraine", new Actor("UKRGOV", "Ukraine", Optional.of("UKR"), Optional.of("GOV"), ActorKind.STATE),
      "NATO", new Actor("NATO", "North Atlantic Treaty Organization", Optional.empty(), Optional.empty(), ActorKind.ORGANISATION));
  private static final Map<String, EventType> VERBS = Map.of(
      "criticized", new EventType("111", "Criticize or denounce", -2.0, QuadClass.VERBAL_CONFLICT),
      "met", new EventType("040", "Consult", 1.0, QuadClass.VERBAL_COOPERATION),
      "attacked", new EventType("190", "Use conventional military force", -10.0, QuadClass.MATERIAL_CONFLICT));
  private static final Place KYIV = new Place("Kyiv", Optional.of("UKR"), 50.45, 30.52, PlaceKind.CITY, 2_900_000);
  private static final Pattern EVENT = Pattern.compile("\\b(Russia|China|Ukraine|NATO) (criticized|met|attacked) (Russia|China|Ukraine|NATO)( in Kyiv)?");

  private final int failAfter;
  private final AtomicInteger coded = new AtomicInteger();

  PatternCoding() {
    this(Integer.MAX_VALUE);
  }

  /** Throws out of {@link #codeAll} once this many articles have been coded. */
  PatternCoding(int failAfter) {
    this.failAfter = failAfter;
  }

  int coded() {
    return coded.get();
  }

  @Override
  public void codeAll(List<Article> articles, int threads, Consumer<Result> results) {
    for (Article article : articles) {
      if (coded.get() >= failAfter) {
        throw new IllegalStateException("killed after " + coded.get() + " articles");
      }
      if (article.text().contains("POISON")) {
        results.accept(Result.failed(article, new IllegalArgumentException("cannot parse this text")));
        continue;
      }
      results.accept(code(article));
      coded.incrementAndGet();
    }
  }

  static Result code(Article article) {
    String text = article.text();
    LocalDate day = article.publicationDate().orElse(LocalDate.of(2024, 1, 1));
    List<Span> sentences = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
      sentences.add(new Span(start, i + 1));
      start = i + 2;
    }
    if (start < text.length()) {
      sentences.add(new Span(start, text.length()));
    }
    List<Event> events = new ArrayList<>();
    List<ActorMention> actors = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Span sentence = sentences.get(s);
      Matcher m = EVENT.matcher(sentence.of(text));
      while (m.find()) {
        int base = sentence.start();
        ActorMention source = new ActorMention(new Span(base + m.start(1), base + m.end(1)), m.group(1), ACTORS.get(m.group(1)));
        ActorMention target = new ActorMention(new Span(base + m.start(3), base + m.end(3)), m.group(3), ACTORS.get(m.group(3)));
        actors.add(source);
        actors.add(target);
        EventType type = VERBS.get(m.group(2));
        EventDate date = new EventDate(day.toString(), day, day, DatePrecision.DAY, DateOrigin.PUBLICATION, Optional.empty());
        Optional<Place> place = m.group(4) == null ? Optional.empty() : Optional.of(KYIV);
        EventMention mention = new EventMention(article.id(), s, sentence.of(text), new Span(base + m.start(), base + m.end(3)),
            new Span(base + m.start(2), base + m.end(2)), m.group(2), source, Optional.of(target), type, date, Modality.ASSERTED,
            false, place, Optional.empty(), 0.8);
        events.add(new Event(source.actor(), Optional.of(target.actor()), type, date, Modality.ASSERTED, false, place, List.of(mention)));
      }
    }
    CodedArticle coded = new CodedArticle(article, day, "publication", actors, events, List.of(), List.of());
    return Result.coded(coded, sentences, text.split("\\s+").length);
  }
}
