package dev.annals.app.eval;

import dev.annals.coding.actors.ActorDictionary;
import dev.annals.coding.place.Gazetteer;
import dev.annals.model.Article;
import dev.annals.model.CodedArticle;
import dev.annals.model.Place;
import dev.annals.model.PlaceMention;
import dev.annals.model.Span;
import dev.annals.nlp.NerLocationBaseline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Geoparsing (LGL local news): the places Annals finds and resolves in each article (the
 * {@link CodedArticle#places()} of its coding) against the gold toponyms' coordinates.
 *
 * <p>Baseline ({@code --baseline corenlp}): plain CoreNLP has no geocoder, so the baseline is
 * CoreNLP's default English NER's place mentions (LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY),
 * each given the gazetteer's first place of that name: a country of that name, else a named
 * region, else the most populous city or state.
 */
public final class GeoEvaluation implements Evaluation {
  /** ANNALS_DEBUG=1 prints every place Annals resolved, on stderr. */
  private static final boolean DEBUG = System.getenv("ANNALS_DEBUG") != null;
  private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  @Override
  public String kind() {
    return "geo";
  }

  @Override
  public String goldDescription() {
    return "geoparsing XML in the LGL format (<article> with <text> and <toponyms>), e.g. ../shared/eval/geo/lgl.xml";
  }

  @Override
  public EvalResult run(EvalRequest request) throws IOException {
    List<LglDocument> documents = new ArrayList<>();
    for (Path file : GoldFiles.expand(request.gold(), ".xml")) {
      documents.addAll(LglDocument.read(file, problem -> request.err().println("annals: " + problem)));
    }
    if (request.limit() > 0 && documents.size() > request.limit()) {
      documents = documents.subList(0, request.limit());
    }
    long started = System.nanoTime();
    Map<String, List<PlaceMention>> ours = annalsPlaces(request, documents);
    request.err().printf("annals: %d documents coded in %.0f s%n", documents.size(), (System.nanoTime() - started) / 1e9);
    GeoScore annals = new GeoScore();
    for (LglDocument document : documents) {
      List<GeoScore.Predicted> predicted = new ArrayList<>();
      for (PlaceMention mention : ours.getOrDefault(document.id(), List.of())) {
        if (DEBUG) {
          request.err().printf(java.util.Locale.ROOT, "place: %s %d-%d \"%s\" -> %s, %s (%.2f, %.2f)%n", document.id(), mention.span().start(), mention.span().end(),
              mention.text(), mention.place().name(), mention.place().country().orElse("-"), mention.place().latitude(), mention.place().longitude());
        }
        predicted.add(new GeoScore.Predicted(mention.span().start(), mention.span().end(), mention.text(), mention.place()));
      }
      annals.add(document, predicted);
    }
    request.out().println(annals.summary("annals"));
    if (request.wantsBaseline()) {
      request.out().println(baseline(request, documents).summary("corenlp"));
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("geo.accuracy161", 100 * annals.accuracy161());
    scores.put("geo.accuracy161.recognised", 100 * annals.accuracy161Recognised());
    scores.put("geo.recall", 100 * annals.recall());
    scores.put("geo.precision", 100 * annals.precision());
    scores.put("geo.mean.error.km", annals.meanErrorKm());
    scores.put("geo.median.error.km", annals.medianErrorKm());
    return new EvalResult(scores, annals.errors());
  }

  private static Map<String, List<PlaceMention>> annalsPlaces(EvalRequest request, List<LglDocument> documents) {
    Map<String, LocalDate> dates = new ConcurrentHashMap<>();
    List<Article> articles = new ArrayList<>();
    for (LglDocument document : documents) {
      LocalDate date = document.date().orElse(LocalDate.now());
      dates.put(document.id(), date);
      articles.add(new Article(document.id(), document.text(), Optional.of(date), Optional.empty(), document.url(), Optional.empty()));
    }
    Map<String, List<PlaceMention>> places = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    request.annals().analyzer().analyzeAll(articles, THREADS, result -> {
      if (result.failure().isPresent()) {
        request.err().println("annals: " + result.article().id() + ": analysis failed: " + result.failure().get() + " (its toponyms count as missed)");
      } else {
        CodedArticle coded = request.annals().coder().code(result.text().orElseThrow(), dates.get(result.article().id()), "given");
        places.put(result.article().id(), coded.places());
      }
      int n = done.incrementAndGet();
      if (n % 50 == 0) {
        request.err().printf("annals: %d/%d documents%n", n, documents.size());
        request.err().flush();
      }
    });
    return places;
  }

  private static GeoScore baseline(EvalRequest request, List<LglDocument> documents) {
    request.err().println("annals: running the baseline (CoreNLP's default NER, most populous place of each name)");
    Gazetteer gazetteer = Gazetteer.forCountries(ActorDictionary.load().countries());
    List<List<Span>> spans = new NerLocationBaseline().locations(documents.stream().map(LglDocument::text).toList(), THREADS);
    GeoScore score = new GeoScore();
    for (int i = 0; i < documents.size(); i++) {
      LglDocument document = documents.get(i);
      List<GeoScore.Predicted> predicted = new ArrayList<>();
      for (Span span : spans.get(i)) {
        String name = span.of(document.text());
        Optional<Place> place = gazetteer.lookup(name).stream().findFirst();
        place.ifPresent(p -> predicted.add(new GeoScore.Predicted(span.start(), span.end(), name, p)));
      }
      score.add(document, predicted);
    }
    return score;
  }
}
