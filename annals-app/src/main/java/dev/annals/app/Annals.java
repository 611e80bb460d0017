package dev.annals.app;

import dev.annals.coding.ArticleCoder;
import dev.annals.coding.time.DatelineFinder;
import dev.annals.model.AnnotatedText;
import dev.annals.model.Article;
import dev.annals.model.CodedArticle;
import dev.annals.nlp.CoreNlpAnalyzer;
import dev.annals.nlp.TextAnalyzer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The stages wired together: language analysis, then coding. Loading takes seconds and
 * gigabytes, so one instance serves a whole run; {@link #shared()} keeps one per JVM.
 */
public final class Annals {
  private static volatile Annals shared;

  private final TextAnalyzer analyzer;
  private final ArticleCoder coder;
  private final Clock clock;

  public Annals(TextAnalyzer analyzer, ArticleCoder coder, Clock clock) {
    this.analyzer = analyzer;
    this.coder = coder;
    this.clock = clock;
  }

  public static Annals shared() {
    Annals local = shared;
    if (local == null) {
      synchronized (Annals.class) {
        local = shared;
        if (local == null) {
          local = new Annals(new CoreNlpAnalyzer(), ArticleCoder.loadDefault(), Clock.systemDefaultZone());
          shared = local;
        }
      }
    }
    return local;
  }

  public TextAnalyzer analyzer() {
    return analyzer;
  }

  public ArticleCoder coder() {
    return coder;
  }

  /**
   * Codes one text. The reference date for relative expressions is the given date, else a
   * dateline in the first lines, else today (and the result says so).
   */
  public CodedArticle code(String id, String text, Optional<LocalDate> date) {
    LocalDate reference;
    String origin;
    if (date.isPresent()) {
      reference = date.get();
      origin = "given";
    } else {
      Optional<LocalDate> dateline = DatelineFinder.find(text);
      reference = dateline.orElseGet(() -> LocalDate.now(clock));
      origin = dateline.isPresent() ? "dateline" : "assumed today";
    }
    Article article = new Article(id, text, Optional.of(reference), Optional.empty(), Optional.empty(), Optional.empty());
    AnnotatedText annotated = analyzer.analyze(article);
    return coder.code(annotated, reference, origin);
  }
}
