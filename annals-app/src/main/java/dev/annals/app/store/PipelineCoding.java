package dev.annals.app.store;

import dev.annals.app.Annals;
import dev.annals.coding.time.DatelineFinder;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Article;
import dev.annals.model.CodedArticle;
import dev.annals.model.Sentence;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Annals pipeline (CoreNLP analysis on N threads, then coding) behind {@link ArticleCoding}.
 * An article without a publication date is analysed against its dateline, else today, as
 * {@code annals code} does; the stored article keeps its own (absent) date.
 */
public final class PipelineCoding implements ArticleCoding {
  private final Annals annals;
  private final Clock clock;

  public PipelineCoding(Annals annals, Clock clock) {
    this.annals = annals;
    this.clock = clock;
  }

  @Override
  public void codeAll(List<Article> articles, int threads, Consumer<Result> results) {
    Map<Article, Article> originalOf = new IdentityHashMap<>();
    Map<Article, String> originOf = new IdentityHashMap<>();
    List<Article> dated = new ArrayList<>();
    for (Article article : articles) {
      Article withDate = article;
      String origin = "publication";
      if (article.publicationDate().isEmpty()) {
        Optional<LocalDate> dateline = DatelineFinder.find(article.text());
        origin = dateline.isPresent() ? "dateline" : "assumed today";
        withDate = new Article(article.id(), article.text(), Optional.of(dateline.orElseGet(() -> LocalDate.now(clock))),
            article.title(), article.url(), article.publisher());
      }
      originalOf.put(withDate, article);
      originOf.put(withDate, origin);
      dated.add(withDate);
    }
    annals.analyzer().analyzeAll(dated, threads, result -> {
      Article analysed = result.article();
      Article original = originalOf.getOrDefault(analysed, analysed);
      if (result.text().isEmpty()) {
        results.accept(Result.failed(original, result.failure().orElse(new IllegalStateException("no analysis"))));
        return;
      }
      AnnotatedText text = result.text().get();
      try {
        CodedArticle coded = annals.coder().code(text, analysed.publicationDate().orElseThrow(), originOf.get(analysed));
        CodedArticle stored = new CodedArticle(original, coded.referenceDate(), coded.referenceDateOrigin(), coded.actors(),
            coded.events(), coded.quotes(), coded.times());
        results.accept(Result.coded(stored, text.sentences().stream().map(Sentence::span).toList(), text.tokens().size()));
      } catch (RuntimeException e) {
        results.accept(Result.failed(original, e));
      }
    });
  }
}
