package dev.annals.nlp;

import dev.annals.model.AnnotatedText;
import dev.annals.model.Article;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Language analysis: article in, annotated text out. */
public interface TextAnalyzer {
  AnnotatedText analyze(Article article);

  /** Analyses many articles in parallel; each result reaches the consumer once. */
  void analyzeAll(List<Article> articles, int threads, Consumer<Result> results);

  /** One article's analysis, or why it failed. */
  record Result(Article article, Optional<AnnotatedText> text, Optional<Throwable> failure) {}
}
